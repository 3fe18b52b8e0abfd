// Coordinate conversion against published pairs: wandergis/coordtransform's test/app.js at
// (116.404, 39.915) — an implementation independent of gcoord — and gcoord's own unit tests at
// (123, 45); round trips for every pair of CRSs at Panjin; and no mutation of the input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Crs } from '@tongxin/core';
import { convert, distanceKm, type LngLat } from './crs.js';

function near(actual: LngLat, expected: [number, number], tolerance: number, what: string) {
  assert.ok(Math.abs(actual.lng - expected[0]) <= tolerance, `${what}: lng ${actual.lng} ≠ ${expected[0]} (± ${tolerance})`);
  assert.ok(Math.abs(actual.lat - expected[1]) <= tolerance, `${what}: lat ${actual.lat} ≠ ${expected[1]} (± ${tolerance})`);
}
const beijing = { lng: 116.404, lat: 39.915 };
const p45 = { lng: 123, lat: 45 };

describe('convert', () => {
  it('WGS-84 → GCJ-02 and GCJ-02 ⇄ BD-09 match coordtransform at Tiananmen (to 1 cm)', () => {
    near(convert(beijing, 'WGS84', 'GCJ02'), [116.41024449916938, 39.91640428150164], 1e-7, 'WGS84→GCJ02');
    near(convert(beijing, 'GCJ02', 'BD09'), [116.41036949371029, 39.92133699351021], 1e-7, 'GCJ02→BD09');
    near(convert(beijing, 'BD09', 'GCJ02'), [116.39762729119315, 39.90865673957631], 1e-7, 'BD09→GCJ02');
  });

  it('GCJ-02 → WGS-84 agrees with coordtransform’s one-step inverse within its approximation (~0.5 m)', () => {
    near(convert(beijing, 'GCJ02', 'WGS84'), [116.39775550083061, 39.91359571849836], 5e-6, 'GCJ02→WGS84');
  });

  it('matches gcoord’s published values at (123, 45) for GCJ-02 and BD-09 to WGS-84', () => {
    near(convert(p45, 'GCJ02', 'WGS84'), [122.99395597, 44.99804071], 1e-5, 'GCJ02→WGS84');
    near(convert(p45, 'GCJ02', 'BD09'), [123.00636499, 45.00636899], 1e-5, 'GCJ02→BD09');
    near(convert(p45, 'BD09', 'GCJ02'), [122.99363304, 44.9936543], 1e-5, 'BD09→GCJ02');
    near(convert(p45, 'BD09', 'WGS84'), [122.9876221, 44.9917154], 1e-5, 'BD09→WGS84');
    // …and the way back: WGS-84 → BD-09 lands on (123, 45).
    near(convert({ lng: 122.9876221, lat: 44.9917154 }, 'WGS84', 'BD09'), [123, 45], 1e-5, 'WGS84→BD09');
  });

  it('treats CGCS2000 as WGS-84 (Tianditu draws in CGCS2000)', () => {
    assert.deepEqual(convert(beijing, 'CGCS2000', 'WGS84'), beijing);
    assert.deepEqual(convert(beijing, 'WGS84', 'CGCS2000'), beijing);
    assert.deepEqual(convert(beijing, 'CGCS2000', 'GCJ02'), convert(beijing, 'WGS84', 'GCJ02'));
    assert.deepEqual(convert(beijing, 'BD09', 'CGCS2000'), convert(beijing, 'BD09', 'WGS84'));
  });

  it('shifts Panjin by tens to hundreds of metres and comes back within 10 cm, for every pair', () => {
    const panjin = { lng: 122.071, lat: 41.122 };
    const all: Crs[] = ['WGS84', 'CGCS2000', 'GCJ02', 'BD09'];
    const datum = (crs: Crs) => (crs === 'CGCS2000' ? 'WGS84' : crs);
    for (const from of all) {
      for (const to of all) {
        const there = convert(panjin, from, to);
        const back = convert(there, to, from);
        near(back, [panjin.lng, panjin.lat], 1e-6, `${from}→${to}→${from}`);
        const metres = distanceKm(panjin, there) * 1000;
        if (datum(from) === datum(to)) assert.equal(metres, 0, `${from}→${to} should not move the point`);
        else assert.ok(metres > 50 && metres < 1500, `${from}→${to} moved ${metres.toFixed(0)} m`);
      }
    }
  });

  it('never changes its input and returns a new object', () => {
    const input = Object.freeze({ lng: 122.071, lat: 41.122, crs: 'GCJ02' as const });
    const out = convert(input, 'GCJ02', 'WGS84');
    assert.notEqual(out, input);
    assert.deepEqual(input, { lng: 122.071, lat: 41.122, crs: 'GCJ02' });
    const same = convert(input, 'GCJ02', 'GCJ02');
    assert.notEqual(same, input);
    assert.deepEqual(same, { lng: 122.071, lat: 41.122 });
  });

  it('leaves points outside China where they are (GCJ-02 only offsets inside China)', () => {
    assert.deepEqual(convert({ lng: -0.1276, lat: 51.5072 }, 'WGS84', 'GCJ02'), { lng: -0.1276, lat: 51.5072 });
  });
});

describe('distanceKm', () => {
  it('measures one degree of latitude as 111.2 km and Beijing–Shanghai as about 1,067 km', () => {
    assert.ok(Math.abs(distanceKm({ lng: 122, lat: 41 }, { lng: 122, lat: 42 }) - 111.195) < 0.01);
    const km = distanceKm({ lng: 116.4074, lat: 39.9042 }, { lng: 121.4737, lat: 31.2304 });
    assert.ok(km > 1060 && km < 1075, `${km}`);
    assert.equal(distanceKm(beijing, beijing), 0);
  });
});
