/**
 * Printing a view of a widget: rendered into a fresh hidden same-origin frame with its own print
 * stylesheet and printed from there, so the host page's header, menus and footer never end up on
 * paper. Used by the task tracker's 督办单 and summary and by the workbench's handling summary.
 */
import { render, type TemplateResult } from 'lit';

/**
 * Renders a print view into a fresh hidden frame inside `root` and prints it, unless `ready`
 * (which receives the frame's document) returns false. Returns the frame's document.
 */
export function printView(
  root: ShadowRoot,
  title: string,
  lang: string,
  view: TemplateResult,
  css: string,
  ready: (doc: Document) => boolean,
): Document {
  root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.append(frame);
  // A frame without `src` has its empty document at once; it shares our origin.
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error('[tongxin] the print frame has no document');
  doc.documentElement.lang = lang;
  doc.title = title;
  // A constructed sheet, not a <style> element: allowed under a strict style-src policy.
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  render(view, doc.body);
  if (ready(doc)) {
    // Gone once printed (or cancelled); kept when the page printed it another way.
    win.addEventListener('afterprint', () => frame.remove(), { once: true });
    win.focus();
    win.print();
  }
  return doc;
}
