// Tile providers from configuration: Tianditu base + label layers over t0–t7 with the county's
// key, any XYZ template in its declared CRS, or no map.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tileSetup, validTemplate } from './tiles.js';

describe('tileSetup', () => {
  it('draws Tianditu vector tiles with their label layer, on subdomains t0–t7, in CGCS2000', () => {
    const setup = tileSetup({ kind: 'tianditu', layer: 'vec', key: 'abc123DEF456' });
    assert.equal(setup?.crs, 'CGCS2000');
    assert.deepEqual(
      setup?.layers.map((l) => [new URL(l.url.replace('{s}', '0')).pathname, l.label, l.subdomains]),
      [
        ['/vec_w/wmts', false, '01234567'],
        ['/cva_w/wmts', true, '01234567'],
      ],
    );
    const url = new URL(setup!.layers[0]!.url.replace('{s}', '5'));
    assert.equal(url.protocol, 'https:');
    assert.equal(url.host, 't5.tianditu.gov.cn');
    assert.equal(url.searchParams.get('tk'), 'abc123DEF456');
    assert.equal(url.searchParams.get('LAYER'), 'vec');
    assert.equal(url.searchParams.get('TILEMATRIXSET'), 'w');
    assert.equal(url.searchParams.get('TILEMATRIX'), '{z}');
    assert.equal(url.searchParams.get('TILEROW'), '{y}');
    assert.equal(url.searchParams.get('TILECOL'), '{x}');
  });

  it('draws Tianditu imagery with the imagery labels', () => {
    const setup = tileSetup({ kind: 'tianditu', layer: 'img', key: 'abc123DEF456' });
    assert.deepEqual(
      setup?.layers.map((l) => new URL(l.url.replace('{s}', '0')).searchParams.get('LAYER')),
      ['img', 'cia'],
    );
  });

  it('takes any XYZ template in the CRS the county declares', () => {
    const setup = tileSetup({ kind: 'xyz', url: 'https://tiles.example.cn/{z}/{x}/{y}.png', crs: 'GCJ02', subdomains: ['1', '2'] });
    assert.deepEqual(setup, {
      crs: 'GCJ02',
      layers: [{ url: 'https://tiles.example.cn/{z}/{x}/{y}.png', subdomains: ['1', '2'], label: false }],
    });
  });

  it('has no map for `none`, for no provider, or for a template Leaflet cannot fill', () => {
    assert.equal(tileSetup({ kind: 'none' }), undefined);
    assert.equal(tileSetup(undefined), undefined);
    assert.equal(tileSetup({ kind: 'xyz', url: 'https://t.example.cn/{z}/{x}/{y}.png?key={apikey}', crs: 'WGS84' }), undefined);
    assert.equal(validTemplate('https://t{s}.example.cn/{z}/{x}/{-y}{r}.png'), true);
  });
});
