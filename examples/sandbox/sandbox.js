// Starts the mock API in this page (msw's service worker answers /api/… like the reference
// server would), then loads the widgets. The scenario comes from ?tx-scenario=… and the select.
import { startMockWorker } from './vendor/tongxin-mock.js';

const select = document.getElementById('scenario');
const status = document.getElementById('mock-status');
const mock = await startMockWorker({ baseUrl: '/api' });
select.value = mock.scenario.name ?? 'normal';
select.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('tx-scenario', select.value);
  location.href = url.href;
});
status.textContent = `模拟接口已启动（${select.selectedOptions[0]?.textContent ?? select.value}）。`;
await import('./vendor/elements/tongxin.js');
