/** What the designer's panels need from the element. */
import type { CountyConfig, FormDefinition } from '@tongxin/core';

export interface EditorHost {
  /** The definition being edited. */
  readonly def: FormDefinition;
  /** The county's lists (options of `optionsFrom` fields in the condition builder), when loaded. */
  readonly lists: CountyConfig | undefined;
  /** Commits an edit; commits with the same `merge` key in a row undo as one. */
  edit(next: FormDefinition, merge?: string): void;
  /** Renames a field (and follows the selection). */
  rename(from: string, to: string): void;
}
