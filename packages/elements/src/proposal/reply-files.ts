/**
 * The files of a reply letter (答复函扫描件 and the like), shown to the member who put the proposal and
 * on the workbench. Names come from whoever uploaded them and are rendered as text. The link's
 * `href` is kept only when it is http(s) (`safeUrl`); a click fetches the file through the API
 * client — a plain link would reach the API without the signed-in user's token — and saves it
 * under its name, never opening it inside the page.
 */
import type { Attachment } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../shared/safe.js';

/** A file size people read: 850 B, 120 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The list of `files`, each a link (when its URL is safe) that calls `open` instead of navigating.
 * @example renderFiles(reply.attachments, { endpoint, label: '附件', open: (f) => this.download(f) })
 */
export function renderFiles(
  files: readonly Attachment[],
  o: { endpoint: string; label: string; open: (file: Attachment) => void },
): TemplateResult | typeof nothing {
  if (files.length === 0) return nothing;
  return html`<ul class="files" aria-label=${o.label}>
    ${files.map((f) => {
      const href = f.url ? safeUrl(o.endpoint + f.url) : undefined;
      const name = href
        ? html`<a href=${href} download=${f.name} @click=${(e: Event) => {
            e.preventDefault();
            o.open(f);
          }}>${f.name}</a>`
        : f.name;
      return html`<li>${name} <span class="muted">（${fileSize(f.size)}）</span></li>`;
    })}
  </ul>`;
}

/** Offers a downloaded file to the user under its own name. */
export function saveFile(blob: Blob, name: string): void {
  // Typed as a plain download: whatever type the server named, the browser only saves it.
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
