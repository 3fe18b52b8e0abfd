// Validating a submission with the contract (zod/mini, jitless as under a strict CSP, and with its
// JIT) beside classic zod with the same schema shape, and the bytes each costs a browser bundle.
import { gzipSync } from 'node:zlib';
import { OpinionInput } from '@tongxin/core';
import { build } from 'esbuild';
import * as zc from 'zod';
import * as zm from 'zod/mini';
import { ms, stats } from './stats.mjs';

export const title = 'Validation: parse one opinion submission 20,000 times (Node 20)';
export const note = 'The classic-zod schema mirrors the shape without our normalisers; bundle = min+gzip of a one-schema bundle.';

const input = {
  title: '关于村口路灯损坏的反映',
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便。',
  suggestions: '请尽快维修。',
  categoryCode: 'livelihood',
  publish: { consent: true },
  reporter: { anonymous: false, name: '张三', phone: '13812341234' },
  privacyConsent: { version: '2026-1', at: '2026-03-05T09:30:00+08:00' },
};
const classic = zc.object({
  title: zc.string().min(1).max(100),
  situation: zc.string().min(1).max(10000),
  suggestions: zc.string().max(10000).optional(),
  categoryCode: zc
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .optional(),
  publish: zc.object({ consent: zc.boolean(), reason: zc.string().optional() }),
  reporter: zc.object({
    anonymous: zc.boolean(),
    name: zc.string().max(64).optional(),
    phone: zc
      .string()
      .regex(/^1[3-9]\d{9}$/)
      .optional(),
  }),
  privacyConsent: zc.object({ version: zc.string(), at: zc.iso.datetime({ offset: true }) }).optional(),
});

const time = (fn, n = 20000) => {
  for (let i = 0; i < 2000; i++) fn();
  const samples = [];
  for (let round = 0; round < 20; round++) {
    const start = performance.now();
    for (let i = 0; i < n / 20; i++) fn();
    samples.push((performance.now() - start) / (n / 20));
  }
  return stats(samples).median;
};
const bundle = async (code) => {
  const r = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  return `${(gzipSync(r.outputFiles[0].contents).length / 1024).toFixed(1)} KB`;
};

export async function run() {
  const rows = [];
  zm.config({ jitless: true });
  const jitless = time(() => OpinionInput.parse(input));
  zm.config({ jitless: false });
  const jit = time(() => OpinionInput.parse(input));
  const peer = time(() => classic.parse(input));
  rows.push({
    validator: 'OpinionInput, zod/mini jitless (strict CSP)',
    'per parse': ms(jitless),
    bundle: await bundle("import { OpinionInput } from '@tongxin/core'; export const p = (x) => OpinionInput.parse(x);"),
  });
  rows.push({ validator: 'OpinionInput, zod/mini with JIT', 'per parse': ms(jit), bundle: '(same)' });
  rows.push({
    validator: 'classic zod, same shape (peer)',
    'per parse': ms(peer),
    bundle: await bundle("import { z } from 'zod'; export const s = z.object({ a: z.string().min(1) });"),
  });
  return { columns: ['validator', 'per parse', 'bundle'], rows };
}
