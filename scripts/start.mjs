// The README's start command (`npm start`): sets up what a fresh machine lacks, builds the packages
// and the browser bundle, and serves the example county site on localhost. Ctrl-C stops it.
// Environment: PORT (default 8080; the next free port is used when it is taken).
import { install, log, run } from './lib/bootstrap.mjs';

install();
// Imported only now: on a fresh clone the dependencies (esbuild) exist only after install().
const { startDemoServer } = await import('./lib/demo-server.mjs');
const { buildSiteBundle, configFile, siteDir } = await import('./lib/site.mjs');
run(process.execPath, ['scripts/build.mjs']);
const assetsDir = await buildSiteBundle();
const { url, server } = await startDemoServer({ siteDir, assetsDir, configFile, port: Number(process.env.PORT ?? 8080) });
log(`示例站点已启动 / the example county site is running at ${url}`);
log('按 Ctrl-C 停止 / press Ctrl-C to stop');
const stop = () => {
  log('stopping');
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
