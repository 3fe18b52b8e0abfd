// The shared part of every forms-bench page: one 200-field form in a neutral shape (each page
// turns it into its contender's format), a full valid submission, and the timing helpers.
// Bundled into every page, so the floor's bundle size is what this harness alone costs.

export const N = 200;
const TYPES = ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkboxes', 'phone'];
const NAMES = ['姓名', '情况说明', '年龄', '发生日期', '所属类别', '是否公开', '涉及领域', '联系电话'];
const CHOICES = {
  select: ['经济', '城市建设', '教科文卫', '生态环境', '其他'],
  radio: ['是', '否', '不确定'],
  checkboxes: ['民生', '交通', '教育', '医疗'],
};
export const PHONE_PATTERN = '^1[3-9]\\d{9}$';

/** The 200 fields: the eight types in turn, every other one required, Chinese labels. */
export const fields = Array.from({ length: N }, (_, i) => {
  const type = TYPES[i % TYPES.length];
  const field = {
    key: `f${String(i + 1).padStart(3, '0')}`,
    type,
    label: `第${i + 1}项 ${NAMES[i % NAMES.length]}`,
    required: i % 2 === 0,
  };
  if (type === 'text') field.maxLength = 50;
  if (type === 'textarea') field.maxLength = 500;
  if (type === 'number') Object.assign(field, { min: 0, max: 150 });
  if (CHOICES[type]) field.options = CHOICES[type].map((label, j) => ({ value: `${type[0]}${j + 1}`, label }));
  return field;
});

/** A full valid submission: every field answered. */
export const answers = Object.fromEntries(
  fields.map((f) => {
    const value = {
      text: '关于村口路灯损坏的反映',
      textarea: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便，请有关部门尽快维修。',
      number: 42,
      date: '2026-03-05',
      select: 's3',
      radio: 'r2',
      checkboxes: ['c1', 'c3'],
      phone: '13812341234',
    }[f.type];
    return [f.key, value];
  }),
);

/** Whether every field has its control in the DOM under `root` (`scope(key)` selects a field). */
export function allRendered(root, scope) {
  return fields.every((f) => root.querySelector(`${scope(f.key)} :is(input, select, textarea, [role="combobox"])`));
}

/** Yields to the event loop without timer clamping. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Waits until `ready()` holds (checked after each task), failing after `ms`. */
export async function until(ready, ms = 20000) {
  const deadline = performance.now() + ms;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error('form did not render in time');
    await tick();
  }
}

/** The container each page renders into. */
export const mount = () => document.getElementById('root');

/**
 * Publishes a contender: `render()` renders the form until interactive (ends with a forced
 * layout), `fill()` sets the full submission (untimed), `validate()` validates it once → valid.
 */
export function publish({ render, fill, validate, extra }) {
  window.bench = {
    async render() {
      const start = performance.now();
      await render();
      void document.body.offsetHeight;
      return performance.now() - start;
    },
    async validate() {
      await fill();
      const start = performance.now();
      const valid = await validate();
      const ms = performance.now() - start;
      const more = extra ? await extra() : {};
      return { ms, valid, ...more };
    },
  };
}
