// SurveyJS: survey-core's model rendered by survey-js-ui (its framework-free UI, Preact inside).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { allRendered, answers, fields, mount, PHONE_PATTERN, publish, until } from './spec.js';

const choices = (f) => f.options.map((o) => ({ value: o.value, text: o.label }));
const question = (f) => {
  const base = { name: f.key, title: f.label, isRequired: f.required };
  switch (f.type) {
    case 'text':
      return { ...base, type: 'text', maxLength: f.maxLength };
    case 'textarea':
      return { ...base, type: 'comment', maxLength: f.maxLength };
    case 'number':
      return { ...base, type: 'text', inputType: 'number', min: f.min, max: f.max };
    case 'date':
      return { ...base, type: 'text', inputType: 'date' };
    case 'select':
      return { ...base, type: 'dropdown', choices: choices(f) };
    case 'radio':
      return { ...base, type: 'radiogroup', choices: choices(f) };
    case 'checkboxes':
      return { ...base, type: 'checkbox', choices: choices(f) };
    default:
      return { ...base, type: 'text', inputType: 'tel', validators: [{ type: 'regex', regex: PHONE_PATTERN }] };
  }
};
const json = { title: '200 项基准表单', elements: fields.map(question) };

let survey;
publish({
  async render() {
    survey = new Model(json);
    const rendered = new Promise((resolve) => survey.onAfterRenderSurvey.add(resolve));
    renderSurvey(survey, mount());
    await rendered;
    await until(() => allRendered(mount(), (key) => `[data-name="${key}"]`));
  },
  fill() {
    survey.data = structuredClone(answers);
  },
  validate: () => survey.validate(true, false),
});
