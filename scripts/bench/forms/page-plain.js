// The floor: the same 200 native fields as one innerHTML string, validated by the browser.
import { allRendered, answers, fields, mount, PHONE_PATTERN, publish } from './spec.js';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const control = (f) => {
  const req = f.required ? ' required' : '';
  const id = `id="${f.key}" name="${f.key}"`;
  switch (f.type) {
    case 'textarea':
      return `<textarea ${id} maxlength="${f.maxLength}"${req}></textarea>`;
    case 'number':
      return `<input ${id} type="number" min="${f.min}" max="${f.max}"${req}>`;
    case 'date':
      return `<input ${id} type="date"${req}>`;
    case 'phone':
      return `<input ${id} type="tel" pattern="${PHONE_PATTERN.slice(1, -1)}"${req}>`;
    case 'select':
      return `<select ${id}${req}><option value=""></option>${f.options.map((o) => `<option value="${o.value}">${esc(o.label)}</option>`).join('')}</select>`;
    default:
      return `<input ${id} type="text" maxlength="${f.maxLength}"${req}>`;
  }
};
const field = (f) => {
  if (f.type === 'radio' || f.type === 'checkboxes') {
    const type = f.type === 'radio' ? 'radio' : 'checkbox';
    const items = f.options.map(
      (o, i) =>
        `<label><input type="${type}" name="${f.key}" value="${o.value}"${f.required && type === 'radio' && i === 0 ? ' required' : ''}> ${esc(o.label)}</label>`,
    );
    return `<fieldset data-key="${f.key}"><legend>${esc(f.label)}</legend>${items.join('')}</fieldset>`;
  }
  return `<div data-key="${f.key}"><label for="${f.key}">${esc(f.label)}</label>${control(f)}</div>`;
};

let form;
publish({
  async render() {
    mount().innerHTML = `<form>${fields.map(field).join('')}<button>提交</button></form>`;
    form = mount().querySelector('form');
    if (!allRendered(form, (key) => `[data-key="${key}"]`)) throw new Error('plain: fields missing');
  },
  fill() {
    for (const f of fields) {
      const value = answers[f.key];
      if (f.type === 'radio' || f.type === 'checkboxes') {
        for (const input of form.elements[f.key]) input.checked = [value].flat().includes(input.value);
      } else form.elements[f.key].value = String(value);
    }
  },
  validate: () => form.checkValidity(),
});
