// Pages through every member workstation of the county (200 a page, following `nextCursor`) and
// prints how many there are of each type.
//   node examples/typed-client/stations.mjs
import { connect } from './connect.mjs';

const api = await connect();
const byType = new Map();
let cursor;
let pages = 0;
do {
  const page = await api.listWorkstations({ query: { limit: 200, ...(cursor && { cursor }) } });
  pages++;
  for (const s of page.items) byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
  cursor = page.nextCursor;
} while (cursor);
const total = [...byType.values()].reduce((a, b) => a + b, 0);
console.log(`${total} workstations in ${pages} page(s): ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')}`);
