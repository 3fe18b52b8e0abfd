// The typed-client examples run as a developer runs them, against the reference server with the
// demo county: an opinion sent twice with one idempotency key is one record, a bad one is refused
// with its field named, the stations are paged through, and a CSV import creates the good rows
// once — also when run again — and reports the bad row.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createClient, routes } from '@tongxin/core';
import { startServer } from '@tongxin/server';

const here = new URL('.', import.meta.url).pathname;
let server;
before(async () => {
  server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')), seed: true, devLogin: true, log: () => {} });
});
after(() => server?.stop());

/** Runs one example script; resolves with its output and exit code. */
async function example(script, args = [], env = {}) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(here, script), ...args], {
      env: { ...process.env, TONGXIN_ENDPOINT: server.url, ...env },
    });
    return { out: stdout, code: 0 };
  } catch (error) {
    return { out: `${error.stdout}${error.stderr}`, code: error.code };
  }
}

const api = () => createClient({ baseUrl: server.url, tenant: '211100', routes });
async function allStations() {
  const all = [];
  let cursor;
  do {
    const page = await api().listWorkstations({ query: { limit: 200, ...(cursor && { cursor }) } });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('typed-client examples (reference server)', () => {
  it('opinions.mjs: one record for two sends with one key, a refusal naming the field, the lookup', async () => {
    const { out, code } = await example('opinions.mjs');
    assert.equal(code, 0, out);
    assert.match(out, /sent twice with one key: one record/);
    assert.match(out, /refused: body\.title — /);
    assert.match(out, /status: submitted/);
  });

  it('stations.mjs: pages through every workstation', async () => {
    const { out, code } = await example('stations.mjs');
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`^${(await allStations()).length} workstations in \\d+ page`, 'm'));
  });

  it('import-stations.mjs: imports good rows once, also when run again, and reports the bad one', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'tongxin-csv-')), 'stations.csv');
    writeFileSync(
      csv,
      '\ufeffname,type,divisionCode,address,lng,lat,crs,officePhone,services\r\n' +
        '测试导入甲站,street,211102001000,双台子区测试路1号,122.06,41.19,GCJ02,0427-2811001,"接待群众来访;收集社情民意"\r\n' +
        '"测试导入乙站，带逗号",village,211103002200,兴隆台区测试路2号,,,,,\r\n' +
        '测试导入坏行,street,999,没有这个地方,,,,,\r\n',
    );
    const first = await example('import-stations.mjs', [csv], { TONGXIN_ACCOUNT: 'staff' });
    assert.equal(first.code, 1, first.out);
    assert.match(first.out, /2 imported, 1 refused/);
    assert.match(first.out, /row 4: refused — body\.divisionCode/);
    const again = await example('import-stations.mjs', [csv], { TONGXIN_ACCOUNT: 'staff' });
    assert.match(again.out, /2 imported, 1 refused/);
    const names = (await allStations()).map((s) => s.name);
    assert.equal(names.filter((n) => n === '测试导入甲站').length, 1, 'not created twice');
    assert.equal(names.filter((n) => n === '测试导入乙站，带逗号').length, 1);
  });

  for (const [guide, heading] of [
    ['developers.md', '## 完整示例'],
    ['en/developers.md', '## Complete example'],
  ]) {
    it(`the complete example of docs/guide/${guide} creates a proposal, run as the guide says`, async () => {
      const text = readFileSync(join(here, '../../docs/guide', guide), 'utf8');
      const section = text.slice(text.indexOf(heading));
      const [, code] = /```js\n([\s\S]*?)```/.exec(section);
      // Saved in the repository's root and run with node; only the server's address differs.
      const file = join(here, '../..', `try-proposal-${process.pid}.mjs`);
      writeFileSync(file, code.replace("'http://localhost:8080'", JSON.stringify(server.url)));
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [file]);
        const [, id, status, version] = /^(p_\S+) (\w+) (\d+)$/m.exec(stdout) ?? [];
        assert.ok(id, stdout);
        assert.deepEqual([status, version], ['submitted', '1']);
        // It is on the server, as the member's own proposal.
        const { token } = await api().devLogin({ body: { account: 'member-li' } });
        const member = createClient({ baseUrl: server.url, tenant: '211100', routes, getToken: () => token });
        const proposal = await member.getProposal({ params: { id } });
        assert.equal(proposal.title, '关于加强农村饮用水安全保障的建议');
      } finally {
        rmSync(file, { force: true });
      }
    });
  }
});
