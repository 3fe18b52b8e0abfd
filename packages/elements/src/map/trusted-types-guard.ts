/**
 * Lets Leaflet 1.9 load in a page that requires Trusted Types. While its module is evaluated it
 * tests for inline SVG with `div.innerHTML = '<svg/>'` — a plain string, which such a page refuses
 * with a TypeError, so the map would never load (Leaflet/Leaflet#8423, #9773). Imported just
 * before Leaflet (see `leaflet.ts`), this guard answers that one assignment with DOM calls; the
 * module imported just after Leaflet removes it. Module evaluation is synchronous, so nothing
 * else runs while it is in place, and every other `innerHTML` assignment goes to the browser's
 * own setter untouched. Our other uses of Leaflet avoid `innerHTML` (zoom buttons, icons and the
 * attribution are built with DOM calls).
 */
const proto = HTMLDivElement.prototype;
const own = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
const inherited = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');

if (!own && inherited?.set && inherited.get) {
  const { get, set } = inherited;
  Object.defineProperty(proto, 'innerHTML', {
    configurable: true,
    get,
    set(this: HTMLDivElement, value: unknown) {
      if (value === '<svg/>') this.replaceChildren(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      else set.call(this, value);
    },
  });
  (globalThis as { __tongxinLeafletGuard?: () => void }).__tongxinLeafletGuard = () => {
    delete (proto as { innerHTML?: string }).innerHTML;
  };
}
