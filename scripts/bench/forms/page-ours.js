// Ours: <tx-form> from the built @tongxin/forms, and the validator compiled from the definition.
import { compileValidator } from '@tongxin/forms';
import '@tongxin/forms/define/tx-form';
import { allRendered, answers, fields, mount, publish } from './spec.js';

const zh = (s) => ({ 'zh-Hans': s });
const definition = {
  schemaVersion: 1,
  id: 'bench',
  version: 1,
  purpose: 'other',
  title: zh('200 项基准表单'),
  steps: [
    {
      key: 'step1',
      title: zh('第一步'),
      sections: [
        {
          key: 'main',
          fields: fields.map(({ options, label, ...f }) => ({
            ...f,
            label: zh(label),
            ...(options ? { options: options.map((o) => ({ value: o.value, label: zh(o.label) })) } : {}),
          })),
        },
      ],
    },
  ],
};

let el;
let validate;
publish({
  async render() {
    el = document.createElement('tx-form');
    mount().append(el);
    el.definition = definition;
    await el.updateComplete;
    if (!allRendered(el.shadowRoot, (key) => `[data-key="${key}"]`)) throw new Error('tx-form: fields missing');
  },
  async fill() {
    validate = compileValidator(definition);
    el.value = { ...answers };
    await el.updateComplete;
  },
  validate: () => validate(answers).ok,
  extra() {
    const start = performance.now();
    const result = el.validate();
    return { elementMs: performance.now() - start, elementValid: result.ok };
  },
});
