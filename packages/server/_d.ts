import { pgliteTarget } from './src/target.fixtures.ts';

const t = await pgliteTarget({ log: (e) => e.level === 'error' && console.log('LOG', JSON.stringify(e).slice(0, 400)) });
const tok = await t.token('staff');
for (const p of [
  '/opinions',
  '/tasks',
  '/workstations?type=village&limit=10',
  '/members?limit=5',
  '/audit?entity=proposal&limit=5',
  '/divisions?parent=211100',
  '/forms',
  '/public/tasks?limit=5',
  '/proposals?key=true',
  '/proposals?overdue=true',
  '/tasks?overdue=true&year=2026&unit=u_housing',
  '/workstations?sector=agri&q=振兴&division=211103',
]) {
  const r = await t.fetch('/v1/211100' + p, { headers: { authorization: `Bearer ${tok}` } });
  const text = await r.text();
  console.log(p, r.status, r.status === 200 ? (JSON.parse(text).items?.length ?? 'ok') : text.slice(0, 150));
}
await t.close();
