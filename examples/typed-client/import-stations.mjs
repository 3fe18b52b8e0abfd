// Imports member workstations from a CSV file (staff). Each row's idempotency key is derived from
// its name and division code, so running the import again within the server's replay window does
// not create the stations twice; rows the server refuses are reported with the field and reason,
// and the others still go in.
//   TONGXIN_ACCOUNT=staff node examples/typed-client/import-stations.mjs examples/typed-client/stations.csv
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isHttpError, isValidationError } from '@tongxin/core';
import { connect } from './connect.mjs';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1).push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
    } else field += c;
  }
  if (field !== '' || rows.at(-1).length > 0) rows.at(-1).push(field);
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

/** A UUID-shaped key from the row's identity: the same row always gets the same key. */
const keyOf = (row) => {
  const h = createHash('sha256').update(`${row.divisionCode}|${row.name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const file = process.argv[2] ?? new URL('./stations.csv', import.meta.url).pathname;
const [header, ...lines] = parseCsv(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
const api = await connect(process.env.TONGXIN_ACCOUNT ?? 'staff');
let created = 0;
let failed = 0;
for (const [n, cells] of lines.entries()) {
  const row = Object.fromEntries(header.map((h, i) => [h, cells[i]?.trim() ?? '']));
  const body = {
    name: row.name,
    type: row.type,
    divisionCode: row.divisionCode,
    address: row.address,
    ...(row.lng && row.lat && { location: { lng: Number(row.lng), lat: Number(row.lat), crs: row.crs || 'WGS84' } }),
    ...(row.officePhone && { officePhone: row.officePhone }),
    sectorCodes: [],
    members: [],
    duty: { slots: [] },
    services: row.services ? row.services.split(/[;；]/).filter(Boolean) : [],
    activities: [],
  };
  try {
    const station = await api.createWorkstation({ body, idempotencyKey: keyOf(row) });
    created++;
    console.log(`row ${n + 2}: ${station.id} ${station.name}`);
  } catch (error) {
    failed++;
    const issues = isValidationError(error) ? error.issues : isHttpError(error) ? (error.problem.issues ?? []) : undefined;
    if (!issues) throw error;
    const why = issues.length ? issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : error.problem.title;
    console.log(`row ${n + 2}: refused — ${why}`);
  }
}
console.log(`${created} imported, ${failed} refused`);
if (failed) process.exitCode = 1;
