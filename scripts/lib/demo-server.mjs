// A small static server for the example county site until the reference server serves it:
// the site's files, the built Tongxin bundle under /assets/, and the demo county's configuration
// at the contract's path. Any other API path answers with a clear problem+json, never HTML.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const problem = (res, status, code, title, instance) => {
  res.writeHead(status, { 'content-type': 'application/problem+json; charset=utf-8' });
  res.end(JSON.stringify({ type: `urn:tongxin:problem:${code}`, title, status, code, instance }));
};

/** Starts the demo site server on `port` (or the next free one); resolves with its URL. */
export function startDemoServer({ siteDir, assetsDir, configFile, port = 8080, host = '127.0.0.1' }) {
  const config = readFileSync(configFile);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/v1/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ status: 'ok', version: '0.1.0', database: 'none' }));
    }
    if (path === '/v1/211100/config' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return res.end(config);
    }
    if (path.startsWith('/v1/')) return problem(res, 404, 'not_found', '演示站点暂未提供此接口（参考服务器上线后提供）', path);
    const [base, rel] = path.startsWith('/assets/')
      ? [assetsDir, path.slice('/assets/'.length)]
      : [siteDir, path.endsWith('/') ? `${path}index.html` : path];
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile())
      return problem(res, 404, 'not_found', '没有找到这个页面', path);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < 8100) resolve(startDemoServer({ siteDir, assetsDir, configFile, port: port + 1, host }));
      else reject(error);
    });
    server.listen(port, host, () => resolve({ url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`, server }));
  });
}
