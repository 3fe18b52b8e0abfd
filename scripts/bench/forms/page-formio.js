// Form.io: @formio/js renders the equivalent components (Bootstrap markup) and checks validity.
import { Formio } from '@formio/js';
import { allRendered, answers, fields, mount, PHONE_PATTERN, publish, until } from './spec.js';

const values = (f) => f.options.map((o) => ({ value: o.value, label: o.label }));
const component = (f) => {
  const base = { key: f.key, label: f.label, input: true, validate: { required: f.required } };
  switch (f.type) {
    case 'text':
      return { ...base, type: 'textfield', validate: { ...base.validate, maxLength: f.maxLength } };
    case 'textarea':
      return { ...base, type: 'textarea', validate: { ...base.validate, maxLength: f.maxLength } };
    case 'number':
      return { ...base, type: 'number', validate: { ...base.validate, min: f.min, max: f.max } };
    case 'date':
      return { ...base, type: 'datetime', enableTime: false, format: 'yyyy-MM-dd' };
    case 'select':
      return { ...base, type: 'select', widget: 'html5', dataSrc: 'values', data: { values: values(f) } };
    case 'radio':
      return { ...base, type: 'radio', values: values(f) };
    case 'checkboxes':
      return { ...base, type: 'selectboxes', values: values(f) };
    default:
      return { ...base, type: 'phoneNumber', inputMask: '99999999999', validate: { ...base.validate, pattern: PHONE_PATTERN } };
  }
};
const components = [...fields.map(component), { type: 'button', key: 'submit', label: '提交', action: 'submit', input: true }];
const data = Object.fromEntries(
  fields.map((f) => [
    f.key,
    f.type === 'checkboxes' ? Object.fromEntries(f.options.map((o) => [o.value, answers[f.key].includes(o.value)])) : answers[f.key],
  ]),
);

let form;
publish({
  async render() {
    form = await Formio.createForm(mount(), { components }, { noAlerts: true });
    await until(() => allRendered(mount(), (key) => `.formio-component-${key}`));
  },
  async fill() {
    await form.setSubmission({ data: structuredClone(data) });
  },
  validate: () => form.checkValidity(form.submission.data, true),
});
