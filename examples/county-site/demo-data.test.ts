// The demo county's data must satisfy the contract: the demo is what newcomers see first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CountyConfig } from '@tongxin/core';

describe('demo county (盘锦市, 211100)', () => {
  const config = CountyConfig.parse(JSON.parse(readFileSync(new URL('./demo-data/county-config.json', import.meta.url), 'utf8')));
  it('is a valid county configuration', () => {
    assert.equal(config.tenant, '211100');
  });
  it('lists the twelve standard not-filed grounds and a 3- or 4-level answer scale', () => {
    assert.equal(config.notFiledReasons.length, 12);
    assert.ok([3, 4].includes(config.answerCategories.length));
  });
  it('has task stages in order of progress, ending in a final one', () => {
    const progress = config.taskStages.map((s) => s.progress);
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
    );
    assert.equal(config.taskStages.at(-1)?.final, true);
  });
  it('ships no map key and shows the basemap review number as configuration', () => {
    assert.equal(config.map?.provider.kind, 'none');
    assert.match(config.map?.reviewNumber ?? '', /GS\(\d{4}\)\d+号/);
  });
});
