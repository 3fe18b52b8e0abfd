/**
 * One script for a whole site: `<script type="module" src=".../tongxin-autoload.js">` in every page's
 * template, and each page loads the code of the widgets it uses, when their tags appear (now or
 * later, e.g. from a CMS that inserts content after load). A page without widgets loads nothing more.
 *
 * `<tx-provider>` is defined before the widgets inside it, which ask it for their settings when they
 * connect. The map shows `<tx-opinion-box>` in its card when a visitor writes to a station, so the
 * box comes with it.
 */

type Loader = () => Promise<unknown>;

const LOADERS: Record<string, Loader> = {
  'tx-provider': () => import('./define/tx-provider.js'),
  'tx-opinion-box': () => import('./define/tx-opinion-box.js'),
  'tx-opinion-status': () => import('./define/tx-opinion-status.js'),
  'tx-proposal-form': () => import('./define/tx-proposal-form.js'),
  'tx-outbox': () => import('./define/tx-outbox.js'),
  'tx-task-tracker': () => import('./define/tx-task-tracker.js'),
  'tx-workbench': () => import('./define/tx-workbench.js'),
  'tx-workstation-map': () => import('./define/tx-workstation-map.js'),
};

/** Widgets a widget shows inside itself, loaded with it. */
const WITH: Record<string, string[]> = { 'tx-workstation-map': ['tx-opinion-box'] };

const started = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let loading = started.get(tag);
  if (!loading) {
    const loader = LOADERS[tag]!;
    loading = loader().catch((error: unknown) => {
      // Offline, or the file is missing: say so, and try again when the tag shows up again.
      started.delete(tag);
      console.error(`[tongxin] <${tag}> 的代码加载失败（could not load <${tag}>）`, error);
    });
    started.set(tag, loading);
  }
  return loading;
}

/** Loads the widgets used in `root` that are not defined yet; the provider first. */
async function scan(root: ParentNode): Promise<void> {
  const found = Object.keys(LOADERS).filter(
    (tag) => !customElements.get(tag) && (root.querySelector(tag) || (root instanceof Element && root.localName === tag)),
  );
  if (found.length === 0) return;
  // Widgets ask a provider above them for their settings once, when they connect: any provider of
  // the page (this subtree's, or one whose code is still on its way) is defined first.
  if (found.includes('tx-provider') || document.querySelector('tx-provider:not(:defined)')) await load('tx-provider');
  for (const tag of found) {
    if (tag === 'tx-provider') continue;
    void load(tag);
    for (const inner of WITH[tag] ?? []) if (!customElements.get(inner)) void load(inner);
  }
}

/** Starts watching `document` (once; importing this module does it). */
export function autoload(): void {
  if ((globalThis as { __tongxinAutoload?: boolean }).__tongxinAutoload) return;
  (globalThis as { __tongxinAutoload?: boolean }).__tongxinAutoload = true;
  void scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

autoload();
