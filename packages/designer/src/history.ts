/**
 * Undo/redo over immutable states, with merging of a run of edits to the same thing (typing in a
 * label is one step to undo, not one per character) and a "saved" mark for unsaved-change warnings.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private present: T;
  private lastMerge: string | undefined;
  private saved: T | undefined;

  /**
   * @param initial The first state (counts as saved).
   * @param limit Most states kept to undo.
   * @example
   * const history = new EditHistory(definition);
   * history.commit(updateField(history.current, 'phone', { required: true }));
   * history.undo();
   */
  constructor(
    initial: T,
    private readonly limit = 200,
  ) {
    this.present = initial;
    this.saved = initial;
  }

  /** The state shown now. */
  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Whether the current state differs from the last one marked saved. */
  get dirty(): boolean {
    return this.present !== this.saved;
  }

  /**
   * Makes `next` the current state. Consecutive commits with the same `mergeKey` (e.g.
   * `label:phone`) replace each other, so that one undo reverts the whole run.
   */
  commit(next: T, mergeKey?: string): void {
    if (next === this.present) return;
    if (mergeKey === undefined || mergeKey !== this.lastMerge || this.past.length === 0) {
      this.past.push(this.present);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = next;
    this.future = [];
    this.lastMerge = mergeKey;
  }

  /** Goes back one state; returns it, or `undefined` when there is nothing to undo. */
  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    this.lastMerge = undefined;
    return previous;
  }

  /** Goes forward one undone state; returns it, or `undefined`. */
  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    this.lastMerge = undefined;
    return next;
  }

  /** Starts over from `value` (a newly opened form): no undo, nothing unsaved. */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.present = value;
    this.saved = value;
    this.lastMerge = undefined;
  }

  /** Marks the current state as saved (or replaces it by the saved form, e.g. with the server's version). */
  markSaved(value: T = this.present): void {
    this.present = value;
    this.saved = value;
    this.lastMerge = undefined;
  }
}
