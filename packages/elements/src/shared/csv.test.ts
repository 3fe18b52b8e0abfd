import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from './csv.js';

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    assert.equal(
      toCsv([
        ['提案号', '标题'],
        ['9-5-001', '关于扶持盘锦大米品牌建设的建议'],
      ]),
      '\ufeff提案号,标题\r\n9-5-001,关于扶持盘锦大米品牌建设的建议\r\n',
    );
  });

  it('quotes commas, quotes and line breaks', () => {
    assert.equal(csvCell('甲,乙'), '"甲,乙"');
    assert.equal(csvCell('他说"好"'), '"他说""好"""');
    assert.equal(csvCell('第一行\n第二行'), '"第一行\n第二行"');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(3), '3');
  });

  it('never lets citizen text become a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), bad);
    assert.equal(csvCell('=1,2'), `"'=1,2"`);
    assert.equal(csvCell('正常文本'), '正常文本');
  });
});
