// Every widget's strings in zh-Hant and English are its own: a group of strings (a table of
// statuses, a message with parameters) spread from zh-Hans without being translated would show
// Simplified Chinese to a Traditional or English reader, as the proposal statuses once did.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Localized } from '@tongxin/core';
import { MAP_STRINGS } from './map/strings.js';
import { OPINION_STRINGS } from './opinion/strings.js';
import { OUTBOX_STRINGS } from './outbox/strings.js';
import { PROPOSAL_STRINGS } from './proposal/strings.js';
import { SHARED_STRINGS } from './shared/strings.js';
import { TASK_STRINGS } from './tasks/strings.js';
import { WORKBENCH_STRINGS } from './workbench/strings.js';

const TABLES: Record<string, Localized<unknown>> = {
  shared: SHARED_STRINGS,
  opinion: OPINION_STRINGS,
  proposal: PROPOSAL_STRINGS,
  outbox: OUTBOX_STRINGS,
  tasks: TASK_STRINGS,
  map: MAP_STRINGS,
  workbench: WORKBENCH_STRINGS,
};

/** Formats zh-Hant takes over because they read the same in both scripts (年, full-width punctuation). */
const SAME_IN_BOTH: Record<string, string[]> = {
  proposal: ['replyFrom', 'rated'],
  tasks: ['yearValue', 'progressValue'],
  workbench: ['levelState'],
};

const HAN = /\p{Script=Han}/u;
const SAMPLES = ['甲', 2, '乙'];

/** Paths under which `table` holds the very object or function of `base` (taken over untranslated). */
function shared(base: unknown, table: unknown, path: string[] = []): string[] {
  if (base === null || typeof base !== 'object') return [];
  return Object.entries(base).flatMap(([key, value]) => {
    const theirs = (table as Record<string, unknown>)[key];
    if ((typeof value === 'object' && value !== null) || typeof value === 'function')
      return theirs === value ? [[...path, key].join('.')] : shared(value, theirs, [...path, key]);
    return [];
  });
}

/** Strings of an English table (and what its functions return) that contain Chinese characters. */
function chinese(table: unknown, path: string[] = []): string[] {
  if (typeof table === 'string') return HAN.test(table.replace(/[甲乙]/g, '')) ? [`${path.join('.')}: ${table}`] : [];
  if (typeof table === 'function') {
    try {
      return chinese(table(...SAMPLES), path);
    } catch {
      return []; // takes arguments of another shape: its text is checked where it is used
    }
  }
  if (table === null || typeof table !== 'object') return [];
  return Object.entries(table).flatMap(([key, value]) => chinese(value, [...path, key]));
}

describe('widget strings in zh-Hant and English', () => {
  for (const [name, strings] of Object.entries(TABLES)) {
    it(`${name}: every group of strings is translated`, async () => {
      const zhHans = strings.get('zh-Hans');
      for (const locale of ['zh-Hant', 'en'] as const) {
        const table = await strings.load(locale);
        assert.notEqual(table, zhHans, `${locale} table loads`);
        const same = locale === 'zh-Hant' ? (SAME_IN_BOTH[name] ?? []) : [];
        const taken = shared(zhHans, table).filter((path) => !same.includes(path));
        assert.deepEqual(taken, [], `${locale}: taken over from zh-Hans`);
      }
      assert.deepEqual(chinese(await strings.load('en')), [], 'Chinese in the English strings');
    });
  }
});
