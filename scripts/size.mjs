// Size report: bundles every browser entry point as a site would load it (esbuild, minified, all
// dependencies included), prints min and min+gzip bytes beside the budget, and fails when an entry
// is over budget or when classic `zod` (instead of `zod/mini`) got into a browser bundle.
// Usage: node scripts/size.mjs [--json]

import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './lib/bootstrap.mjs';

/** Every browser entry point with its budget in bytes (min+gzip, including dependencies). */
/** `code` is what a page would import; it defaults to everything of `specifier`. */
export const entries = [
  { name: '@tongxin/core/client', pkg: 'core', specifier: '@tongxin/core/client', budget: 15 * 1024 },
  {
    name: 'client + outbox',
    pkg: 'core',
    code: `import { createClient } from '@tongxin/core/client';
      import { createOutbox } from '@tongxin/core/outbox';
      export const outbox = createOutbox({ client: createClient({ baseUrl: '/', tenant: '211100' }), userKey: 'anonymous' });`,
    budget: 15 * 1024,
  },
  {
    name: 'client + opinion routes',
    pkg: 'core',
    code: `import { createClient } from '@tongxin/core/client';
      import { getConfig, uploadAttachment, createOpinion, lookupOpinion } from '@tongxin/core/routes';
      export const api = createClient({ baseUrl: '/', tenant: '211100', routes: { getConfig, uploadAttachment, createOpinion, lookupOpinion } });`,
    // What the opinion widgets will carry of the core (zod/mini, the client, four routes' schemas).
    budget: 18 * 1024,
  },
  {
    name: 'client + outbox + opinion routes',
    pkg: 'core',
    code: `import { createClient } from '@tongxin/core/client';
      import { createOutbox } from '@tongxin/core/outbox';
      import { getConfig, uploadAttachment, createOpinion, lookupOpinion } from '@tongxin/core/routes';
      const client = createClient({ baseUrl: '/', tenant: '211100', routes: { getConfig, uploadAttachment, createOpinion, lookupOpinion } });
      export const outbox = createOutbox({ client, userKey: 'anonymous' });`,
    // The outbox with idb adds about 5 KB to what the opinion widgets carry.
    budget: 23 * 1024,
  },
  {
    name: 'client + opinion wire routes',
    pkg: 'core',
    code: `import { createClient } from '@tongxin/core/client';
      import { getConfig, uploadAttachment, createOpinion, lookupOpinion } from '@tongxin/core/wire';
      export const api = createClient({ baseUrl: '/', tenant: '211100', routes: { getConfig, uploadAttachment, createOpinion, lookupOpinion } });`,
    // What the widgets carry of the core: the same routes without their schemas, so no zod.
    budget: 6 * 1024,
  },
  {
    name: 'client + every route',
    pkg: 'core',
    code: `import { createClient, routes } from '@tongxin/core'; export const api = createClient({ baseUrl: '/', tenant: '211100', routes });`,
    budget: 22 * 1024,
  },
  // What a developer's bundle holds with everything of the core: the contract's schemas, the client,
  // the outbox, the validators, the calendar. (30 KB until the outbox kept recent outcomes for
  // whenSent and relayed answers between a page's outboxes, November 2026.)
  { name: '@tongxin/core (all exports)', pkg: 'core', specifier: '@tongxin/core', budget: 31 * 1024 },
  { name: '@tongxin/core/validators', pkg: 'core', specifier: '@tongxin/core/validators', budget: 3 * 1024 },
  {
    name: 'forms: validator + rules',
    pkg: 'forms',
    code: `export { compileValidator, evaluate } from '@tongxin/forms';`,
    // The engine's logic; <tx-form> (≤ 35 KB with Lit) adds the rendering.
    budget: 18 * 1024,
  },
  // Everything, including the built-in opinion and proposal forms in three languages (~4 KB).
  { name: '@tongxin/forms (all exports)', pkg: 'forms', specifier: '@tongxin/forms', budget: 31 * 1024 },
  // <tx-form> with Lit, zod/mini, the engine and the core it uses (issue budget: 35 KB).
  { name: '<tx-form>', pkg: 'forms', code: `import '@tongxin/forms/define/tx-form';`, budget: 35 * 1024, noZod: true },
  // The widgets. `goal` is the budget; where a widget is still over it, `budget` is the
  // ceiling CI enforces today (what it weighs now plus a little), so that it cannot grow unnoticed.
  // Widgets talk through `@tongxin/core/wire` (no zod) and load zh-Hant/en strings on demand.
  { name: '<tx-provider>', pkg: 'elements', noZod: true, code: `import '@tongxin/elements/define/tx-provider';`, budget: 8 * 1024 },
  {
    name: '<tx-opinion-box>',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-opinion-box';`,
    budget: 40 * 1024,
  },
  // The box fetches the outbox's code (the queue, IndexedDB) while it loads the county's config and
  // form: it is not needed to show the form, only to send it. Both together:
  {
    name: '<tx-opinion-box> + its outbox chunk',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-opinion-box'; export { createOutbox } from '@tongxin/core/outbox';`,
    budget: 45 * 1024,
  },
  {
    name: '<tx-opinion-status>',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-opinion-status';`,
    budget: 20 * 1024,
  },
  {
    name: '<tx-proposal-form>',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-proposal-form';`,
    budget: 45 * 1024,
  },
  // Like the box, the form fetches the outbox's code while the member's lists load.
  {
    name: '<tx-proposal-form> + its outbox chunk',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-proposal-form'; export { createOutbox } from '@tongxin/core/outbox';`,
    budget: 50 * 1024,
  },
  {
    name: '<tx-outbox> (every route)',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-outbox';`,
    budget: 25 * 1024,
  },
  {
    name: 'issue 6 widgets together',
    pkg: 'elements',
    noZod: true,
    code: ['tx-opinion-box', 'tx-opinion-status', 'tx-proposal-form', 'tx-outbox']
      .map((t) => `import '@tongxin/elements/define/${t}';`)
      .join('\n'),
    budget: 60 * 1024,
  },
  {
    name: '<tx-task-tracker>',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-task-tracker';`,
    budget: 35 * 1024,
  },
  // What a member's or staff's tracker fetches in all once the list shows: the outbox (a public
  // transparency page never loads it) and a task's detail view (fetched ahead while the list shows).
  {
    name: '<tx-task-tracker> + outbox and detail chunks',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-task-tracker'; export { createOutbox } from '@tongxin/core/outbox'; export { renderDetail } from './dist/tasks/detail.js';`,
    budget: 43 * 1024,
  },
  // Leaflet, supercluster and gcoord load only when the map is shown (reported apart).
  {
    name: '<tx-workstation-map>',
    pkg: 'elements',
    noZod: true,
    code: `import '@tongxin/elements/define/tx-workstation-map';`,
    budget: 25 * 1024,
  },
  // Loads only for staff and handling units (issue budget 60 KB).
  { name: '<tx-workbench>', pkg: 'elements', noZod: true, code: `import '@tongxin/elements/define/tx-workbench';`, budget: 60 * 1024 },
  // Loads only for county office staff (issue budget 60 KB).
  { name: '<tx-form-designer>', pkg: 'designer', code: `import '@tongxin/designer/define/tx-form-designer';`, budget: 60 * 1024 },
];

// Classic zod pulls in every locale (~90 KB gzip); only zod/mini may reach a browser.
const FORBIDDEN = [/[\\/]zod[\\/]v4[\\/]classic[\\/]/, /[\\/]zod[\\/]v4[\\/]locales[\\/]/, /[\\/]zod[\\/]v3[\\/]/];

/**
 * Bundles one entry and measures it: the entry and every chunk it imports statically count; chunks
 * it loads with `import()` (the QR code after a submission, the map library) are reported apart.
 */
export async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.code ?? `export * from '${entry.specifier}';`, resolveDir: join(root, 'packages', entry.pkg), loader: 'js' },
    bundle: true,
    splitting: true,
    outdir: join(root, '.size-out'),
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const key = (path) => Object.keys(outputs).find((k) => path.endsWith(k.replace(/^\.\//, '')));
  const files = new Map(result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [key(f.path), f.contents]));
  // The stdin entry: chunks loaded with import() are entry points too.
  const entryKey = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
  const eager = new Set();
  const lazy = new Set();
  const walk = (k) => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement') walk(i.path);
    for (const i of outputs[k].imports) if (i.kind === 'dynamic-import') lazy.add(i.path);
  };
  walk(entryKey);
  const size = (keys) => [...keys].reduce((n, k) => n + (files.get(k)?.length ?? 0), 0);
  const gzip = (keys) => [...keys].reduce((n, k) => n + gzipSync(files.get(k) ?? new Uint8Array(), { level: 9 }).length, 0);
  const lazyOnly = new Set([...lazy].filter((k) => !eager.has(k)));
  // Inputs that contribute bytes (esbuild lists tree-shaken files too, with 0 bytes in the output).
  const used = [...eager].flatMap((k) => Object.entries(outputs[k].inputs).filter(([, v]) => v.bytesInOutput > 0));
  // Widgets validate with their forms and talk through wire routes: no zod at all (not even mini).
  const forbidden = Object.values(outputs)
    .flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0))
    .map(([input]) => input)
    .filter((input) => FORBIDDEN.some((re) => re.test(input)) || (entry.noZod && /[\\/]node_modules[\\/].*zod[\\/]/.test(input)));
  const heaviest = used
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 12)
    .map(([input, v]) => [input.replace(/.*node_modules\//, ''), v.bytesInOutput]);
  return { ...entry, min: size(eager), gzip: gzip(eager), lazyGzip: gzip(lazyOnly), forbidden, heaviest };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await Promise.all(entries.map(measure));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const width = Math.max(...rows.map((r) => r.name.length));
    console.log(`${'entry'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip'.padStart(9)}  ${'budget'.padStart(9)}  status`);
    for (const r of rows) {
      const lazy = r.lazyGzip ? `; +${kb(r.lazyGzip)} loaded later` : '';
      const goal = r.goal !== undefined && r.gzip > r.goal ? ` (issue goal ${kb(r.goal)}: over by ${kb(r.gzip - r.goal)})` : '';
      const status = r.forbidden.length
        ? `FAIL ${r.noZod ? 'zod' : 'classic zod'}: ${r.forbidden[0]}`
        : r.gzip > r.budget
          ? 'FAIL over budget'
          : `ok${goal}${lazy}`;
      console.log(`${r.name.padEnd(width)}  ${kb(r.min).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.budget).padStart(9)}  ${status}`);
    }
  }
  if (rows.some((r) => r.forbidden.length || r.gzip > r.budget)) process.exit(1);
}
