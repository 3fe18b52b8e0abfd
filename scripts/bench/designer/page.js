// The designer-bench page: <tx-form-designer> with a 200-field definition; `window.bench` times
// edits from the user's input to the preview painted with the change, and, as the floor, a bare
// <tx-form> re-rendering the same 200-field definition after the same change.
import '@tongxin/designer/define/tx-form-designer';
import '@tongxin/forms/define/tx-form';

const N = 200;
const TYPES = ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkboxes', 'phone'];
const zh = (s) => ({ 'zh-Hans': s });
const fields = Array.from({ length: N }, (_, i) => {
  const type = TYPES[i % TYPES.length];
  const field = { type, key: `f${String(i + 1).padStart(3, '0')}`, label: zh(`第${i + 1}项`), required: i % 2 === 0 };
  if (['select', 'radio', 'checkboxes'].includes(type))
    field.options = ['甲', '乙', '丙'].map((l, j) => ({ value: `v${j}`, label: zh(l) }));
  return field;
});
// Ten sections of twenty, as a long county form would be organised.
const definition = {
  schemaVersion: 1,
  id: 'bench',
  version: 1,
  purpose: 'other',
  title: zh('二百项表单'),
  steps: [
    {
      key: 's1',
      title: zh('全部'),
      sections: Array.from({ length: 10 }, (_, s) => ({
        key: `sec${s + 1}`,
        title: zh(`第${s + 1}部分`),
        fields: fields.slice(s * 20, s * 20 + 20),
      })),
    },
  ],
  rules: [{ when: { field: 'f006', op: 'eq', value: 'v0' }, effect: 'show', targets: ['f007'] }],
};

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const root = document.getElementById('root');
let designer;
let form;

async function settled(el) {
  // The designer, then the preview inside it (or the bare form), then one painted frame.
  await el.updateComplete;
  const preview = el.shadowRoot?.querySelector('tx-form');
  if (preview) await preview.updateComplete;
  await frame();
}

window.bench = {
  async mount(which) {
    root.replaceChildren();
    if (which === 'designer') {
      designer = document.createElement('tx-form-designer');
      designer.definition = structuredClone(definition);
      root.append(designer);
      await settled(designer);
      designer.shadowRoot.querySelector('li[data-key="f100"] button.name').click();
      await settled(designer);
    } else {
      form = document.createElement('tx-form');
      form.definition = structuredClone(definition);
      root.append(form);
      await settled(form);
    }
  },
  /** One edit through the designer's own controls; ms until the preview shows it. */
  async edit(kind, n) {
    const sr = designer.shadowRoot;
    const t0 = performance.now();
    if (kind === 'type') {
      const input = sr.querySelector('#f100-label');
      input.value = `第100项${'改'.repeat(n)}`;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    } else if (kind === 'required') {
      sr.querySelector('[part=properties] input[type=checkbox]').click();
    } else if (kind === 'move') {
      sr.querySelector(`li[data-key="f100"] button.${n % 2 ? 'up' : 'down'}`).click();
    } else if (kind === 'add') {
      sr.querySelector('.section .add-field').click();
    }
    await settled(designer);
    return performance.now() - t0;
  },
  /** The floor: the same change given to a bare <tx-form> as a new definition. */
  async floor(kind, n) {
    const def = structuredClone(form.definition);
    const f = def.steps[0].sections[4].fields[19];
    const t0 = performance.now();
    if (kind === 'type') f.label = zh(`第100项${'改'.repeat(n)}`);
    else if (kind === 'required') f.required = !f.required;
    else if (kind === 'move')
      def.steps[0].sections[4].fields.splice(18, 2, def.steps[0].sections[4].fields[19], def.steps[0].sections[4].fields[18]);
    else if (kind === 'add') def.steps[0].sections[0].fields.push({ type: 'text', key: `x${n}`, label: zh('新字段') });
    form.definition = def;
    await settled(form);
    return performance.now() - t0;
  },
};
