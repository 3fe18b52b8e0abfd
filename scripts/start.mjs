// The README's start command (`npm start`): sets up what a fresh machine lacks, builds the packages
// and the browser bundle, then runs the reference server on embedded PGlite (data in
// ./.tongxin-data, kept across restarts) with the demo county, serving the example site beside the
// API and the documentation at /docs/. Ctrl-C stops it. Environment: PORT (default 8080), TONGXIN_LOG_REQUESTS=1 to log requests.
import { join } from 'node:path';
import { install, log, root, run } from './lib/bootstrap.mjs';

install();
run(process.execPath, ['scripts/build.mjs']);
// Imported only now: on a fresh clone these exist only after install() and the build.
const { buildSiteBundle, siteDir } = await import('./lib/site.mjs');
const { startServer, buildDemoData } = await import('@tongxin/server');

const assetsDir = await buildSiteBundle();
// The documentation site at /docs/ (guides, one page per element with a live demo, the APIs).
const { buildDocs } = await import('../docs/build.mjs');
const docsDir = join(buildDocs(), '..');
const quiet = process.env.TONGXIN_LOG_REQUESTS ? () => false : (entry) => entry.msg === 'request';
const server = await startServer({
  port: Number(process.env.PORT ?? 8080),
  dataDir: join(root, '.tongxin-data'),
  seed: true,
  devLogin: true,
  staticDirs: [join(assetsDir, '..'), siteDir, docsDir],
  log: (entry) => quiet(entry) || process.stdout.write(`${JSON.stringify(entry)}\n`),
});

const demo = buildDemoData();
const sample = demo.opinions.find((o) => o.opinion.status === 'reported') ?? demo.opinions[0];
log(`示例站点与参考服务器已启动 / the example county site and the API are running at ${server.url}`);
log(`API: ${server.url}v1/211100/config  (OpenAPI: docs/openapi.json)`);
log(`文档 / docs: ${server.url}docs/index.html`);
log('页面 / pages:');
for (const [page, what] of [
  ['opinions.html', '社情民意（市民，可离线提交）'],
  ['status.html', '办理进度查询（查询码 + 查询密码）'],
  ['proposals.html', '委员提案（演示登录：委员）'],
  ['tasks.html', '重点工作（公开）'],
  ['stations.html', '委员工作站（列表与地图）'],
  ['staff-tasks.html', '督办工作台（演示登录：工作人员）'],
  ['staff.html', '办理工作台（演示登录：工作人员、承办单位）'],
  ['designer.html', '表单设计（演示登录：工作人员）'],
  ['strict-csp.html', '全部组件在严格内容安全策略（Trusted Types）下'],
])
  console.log(`    ${server.url}${page}  ${what}`);
log('演示账号 / demo accounts (dev login, never in production):');
for (const user of demo.users) console.log(`    ${user.account.padEnd(14)} ${user.label['zh-Hans']}  [${user.user.roles.join(', ')}]`);
log(`查询示例 / lookup example: 查询码 ${sample.opinion.trackingCode}，查询密码 ${sample.queryPassword}`);
log('数据保存在 .tongxin-data/ ；按 Ctrl-C 停止 / data in .tongxin-data/; press Ctrl-C to stop');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log('stopping');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
