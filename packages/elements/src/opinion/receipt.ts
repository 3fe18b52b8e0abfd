/** The receipt after delivery: code and password large, copyable, with a QR code of the lookup link. */
import { html, nothing, type TemplateResult } from 'lit';
import type { OpinionStrings } from './strings.js';

export interface ReceiptView {
  id?: string | undefined;
  trackingCode: string;
  queryPassword: string;
  dueDate?: string | undefined;
}

/** Draws a QR code of `text` on `canvas` (lean-qr loads only when a receipt is shown). */
export async function drawQr(canvas: HTMLCanvasElement, text: string): Promise<void> {
  const { generate } = await import('lean-qr');
  generate(text).toCanvas(canvas, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], padX: 2, padY: 2 });
}

/** The link a QR code opens: the status page with the code in the fragment (never sent to a server). */
export function statusLink(statusHref: string | undefined, trackingCode: string): string | undefined {
  if (!statusHref) return undefined;
  try {
    const url = new URL(statusHref, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = `code=${trackingCode}`;
    return url.href;
  } catch {
    return undefined;
  }
}

export function renderReceipt(
  s: OpinionStrings,
  receipt: ReceiptView,
  options: { copy: (what: string, value: string) => void; copied: string; hasQr: boolean; dateText: (d: string) => string },
): TemplateResult {
  const row = (label: string, value: string) => html`<div class="code-row">
    <dt>${label}</dt>
    <dd><span class="code" lang="en">${value}</span>
      <button type="button" part="button" @click=${() => options.copy(label, value)}>${s.copy(label)}</button></dd>
  </div>`;
  return html`<section class="ok receipt" part="receipt" aria-labelledby="receipt-title">
    <h3 id="receipt-title" tabindex="-1">${s.sentTitle}</h3>
    <p>${s.sentIntro}</p>
    <dl class="codes">${row(s.trackingCode, receipt.trackingCode)}${row(s.password, receipt.queryPassword)}</dl>
    <p role="status" class="muted">${options.copied}</p>
    <p><strong>${s.keepSafe}</strong></p>
    ${receipt.dueDate ? html`<p>${s.dueBy(options.dateText(receipt.dueDate))}</p>` : nothing}
    ${options.hasQr ? html`<figure class="qr"><canvas aria-hidden="true"></canvas><figcaption>${s.qr}</figcaption></figure>` : nothing}
  </section>`;
}
