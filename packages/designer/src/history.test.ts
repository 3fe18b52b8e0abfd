import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EditHistory } from './history.js';

describe('EditHistory', () => {
  it('undoes and redoes, and a new edit drops the redo branch', () => {
    const h = new EditHistory('a');
    h.commit('b');
    h.commit('c');
    assert.equal(h.undo(), 'b');
    assert.equal(h.undo(), 'a');
    assert.equal(h.undo(), undefined);
    assert.equal(h.current, 'a');
    assert.equal(h.redo(), 'b');
    h.commit('d');
    assert.equal(h.canRedo, false);
    assert.equal(h.redo(), undefined);
    assert.equal(h.undo(), 'b');
  });

  it('merges a run of edits with the same key into one undo step', () => {
    const h = new EditHistory('');
    h.commit('张', 'label:name');
    h.commit('张三', 'label:name');
    h.commit('张三丰', 'label:name');
    h.commit('x', 'label:other');
    assert.equal(h.undo(), '张三丰');
    assert.equal(h.undo(), '');
    assert.equal(h.canUndo, false);
  });

  it('does not merge across an undo', () => {
    const h = new EditHistory('');
    h.commit('a', 'k');
    h.undo();
    h.commit('b', 'k');
    h.commit('bc', 'k');
    assert.equal(h.undo(), '');
  });

  it('knows whether there are unsaved changes, also after undoing back to the saved state', () => {
    const h = new EditHistory({ v: 1 });
    assert.equal(h.dirty, false);
    h.commit({ v: 2 });
    assert.equal(h.dirty, true);
    h.undo();
    assert.equal(h.dirty, false);
    h.redo();
    h.markSaved({ v: 3 });
    assert.equal(h.dirty, false);
    assert.deepEqual(h.current, { v: 3 });
    h.reset({ v: 9 });
    assert.equal(h.canUndo || h.canRedo || h.dirty, false);
  });

  it('keeps at most `limit` states to undo', () => {
    const h = new EditHistory(0, 3);
    for (let i = 1; i <= 10; i++) h.commit(i);
    let undone = 0;
    while (h.undo() !== undefined) undone++;
    assert.equal(undone, 3);
    assert.equal(h.current, 7);
  });
});
