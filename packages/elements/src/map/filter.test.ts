// Filtering on the device: division prefixes by level, type, sector (station or member), and text
// search that folds full-width forms, needs every word, and reads at most 64 code points.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFilters, fold, inDivision, isFiltering, terms } from './filter.js';
import { station, stations } from './map.fixtures.js';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('inDivision', () => {
  it('matches by the digits of the chosen level', () => {
    assert.equal(inDivision('211103001003', { code: '211103', level: 'county' }), true);
    assert.equal(inDivision('211103001003', { code: '211103001000', level: 'town' }), true);
    assert.equal(inDivision('211103001003', { code: '211103001003', level: 'village' }), true);
    assert.equal(inDivision('211103001003', { code: '211103001001', level: 'village' }), false);
    assert.equal(inDivision('211103002001', { code: '211103001000', level: 'town' }), false);
    assert.equal(inDivision('211102001000', { code: '211103', level: 'county' }), false);
    // A county-level station (6-digit code) is in its county, not in any of its towns.
    assert.equal(inDivision('211103', { code: '211103', level: 'county' }), true);
    assert.equal(inDivision('211103', { code: '211103001000', level: 'town' }), false);
    // The city (prefecture) contains every district.
    assert.equal(inDivision('211104002202', { code: '211100', level: 'prefecture' }), true);
  });
});

describe('applyFilters', () => {
  it('filters by district, town and village', () => {
    assert.deepEqual(ids(applyFilters(stations, { division: { code: '211103', level: 'county' } })), ['ws_001', 'ws_002', 'ws_005']);
    assert.deepEqual(ids(applyFilters(stations, { division: { code: '211103001000', level: 'town' } })), ['ws_001', 'ws_002']);
    assert.deepEqual(ids(applyFilters(stations, { division: { code: '211103001003', level: 'village' } })), ['ws_002']);
  });

  it('filters by type and by sector (a sector station, or a member of that sector)', () => {
    assert.deepEqual(ids(applyFilters(stations, { type: 'village' })), ['ws_002', 'ws_004']);
    assert.deepEqual(ids(applyFilters(stations, { sector: 'agri' })), ['ws_001', 'ws_004', 'ws_005']);
    assert.deepEqual(ids(applyFilters(stations, { sector: 'medical' })), ['ws_002']);
    assert.deepEqual(ids(applyFilters(stations, { sector: 'agri', type: 'sector' })), ['ws_005']);
  });

  it('searches name, address, host, services and member names; every word must match', () => {
    assert.deepEqual(ids(applyFilters(stations, { query: '泰山' })), ['ws_002']);
    assert.deepEqual(ids(applyFilters(stations, { query: '义诊' })), ['ws_002']);
    assert.deepEqual(ids(applyFilters(stations, { query: '赵丽' })), ['ws_004']);
    assert.deepEqual(ids(applyFilters(stations, { query: '兴隆台区 社区' })), ['ws_002', 'ws_005']);
    assert.deepEqual(ids(applyFilters(stations, { query: '兴隆台区 北窑' })), []);
    assert.deepEqual(ids(applyFilters(stations, { query: '  ' })), ids(stations));
  });

  it('folds full-width letters and digits and ignores case', () => {
    const list = [station({ id: 'a', name: 'T3 科技园区工作站' }), station({ id: 'b', name: '其他' })];
    assert.deepEqual(ids(applyFilters(list, { query: 'ｔ３' })), ['a']);
    assert.equal(fold('Ｔ３ 社区'), 't3社区');
  });

  it('keeps the order and does not change the stations', () => {
    const before = JSON.stringify(stations);
    const out = applyFilters(stations, { query: '工作站' });
    assert.deepEqual(ids(out), ids(stations));
    assert.notEqual(out, stations);
    assert.equal(JSON.stringify(stations), before);
  });

  it('reads at most 64 code points of a query (a rare character outside the BMP counts as one)', () => {
    const [word] = terms('𣵦'.repeat(70));
    assert.equal([...(word ?? '')].length, 64);
    assert.equal(terms(`${'a'.repeat(63)}𣵦𣵦`)[0], `${'a'.repeat(63)}𣵦`);
  });

  it('says whether anything is being filtered', () => {
    assert.equal(isFiltering({}), false);
    assert.equal(isFiltering({ query: ' ' }), false);
    assert.equal(isFiltering({ type: 'park' }), true);
  });
});
