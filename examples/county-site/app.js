// What a county web team writes: plain JavaScript, no build step. It uses the typed client from
// the Tongxin bundle to read the county configuration, and the shared validators for live checks.
import { checkMobile, checkResidentId, createClient, getConfig, isHttpError, maskResidentId, message } from './assets/tongxin-core.js';

const api = createClient({ baseUrl: location.origin, tenant: '211100', routes: { getConfig } });
const $ = (id) => document.getElementById(id);
const labelOf = (item) => item.label['zh-Hans'];

function fill(list, items, text) {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      li.textContent = text(item);
      return li;
    }),
  );
}

async function showConfig() {
  try {
    const config = await api.getConfig();
    $('site-title').textContent = config.shortName['zh-Hans'];
    $('session').textContent = `第${config.currentSession.term}届第${config.currentSession.meeting}次会议`;
    fill($('categories'), config.proposalCategories, labelOf);
    fill($('opinion-categories'), config.opinionCategories, labelOf);
    fill($('stages'), config.taskStages, (s) => `${labelOf(s)}（${s.progress}%）`);
    fill($('units'), config.units, (u) => u.name);
    $('unit-count').textContent = String(config.units.length);
    $('config').hidden = false;
    $('config-status').textContent = '配置已读取。';
  } catch (error) {
    // Never a stack trace: the problem's own message, or the client's.
    $('config-status').textContent = isHttpError(error) ? error.problem.title : message('client.network');
    $('config-status').classList.add('error');
  }
}

function show(id, result, ok) {
  const el = $(id);
  el.textContent = result;
  el.classList.toggle('error', !ok);
}

$('check-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const phone = checkMobile($('phone').value);
  show('phone-result', phone.ok ? `✓ 有效：${phone.value}` : message(phone.code), phone.ok);
  const id = checkResidentId($('id-number').value);
  show('id-result', id.ok ? `✓ 有效：${maskResidentId(id.value.id)}，出生日期 ${id.value.birthDate}` : message(id.code), id.ok);
});

showConfig();
