// The one script of a site's template: widgets load when their tags appear (also later, as a CMS
// inserts them), the provider before the widgets that ask it for settings, and nothing else.
import { expect } from '@esm-bundle/chai';
import { endpoint, startMock, waitFor } from './test/helpers.fixtures.js';

const TAGS = ['tx-provider', 'tx-opinion-box', 'tx-opinion-status', 'tx-proposal-form', 'tx-outbox', 'tx-task-tracker', 'tx-workbench'];
const defined = () => TAGS.filter((tag) => customElements.get(tag));

describe('@tongxin/elements/autoload', () => {
  before(async () => {
    await startMock();
    await import('./autoload.js');
  });

  it('loads nothing while the page has no widget', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(defined()).to.deep.equal([]);
  });

  it('loads the widgets inserted later, and the provider first so they take its settings', async () => {
    const area = document.createElement('section');
    area.innerHTML = `<tx-provider tenant="211100"><div><tx-opinion-status></tx-opinion-status></div></tx-provider>`;
    area.querySelector('tx-provider')!.setAttribute('endpoint', endpoint());
    document.body.append(area);
    const status = area.querySelector('tx-opinion-status') as HTMLElement;
    await waitFor(() => status.shadowRoot?.querySelector('input[name="trackingCode"]'), 'the lookup form');
    // Settings came from the provider: no "[tongxin] endpoint missing" message.
    expect(status.shadowRoot!.textContent).to.not.contain('[tongxin]');
    expect(defined()).to.deep.equal(['tx-provider', 'tx-opinion-status']);
    area.remove();
  });

  it('loads the opinion box with the map, which shows it in a station card', async () => {
    const map = document.createElement('tx-workstation-map');
    document.body.append(map);
    await waitFor(() => customElements.get('tx-workstation-map') && customElements.get('tx-opinion-box'), 'the map and the box');
    map.remove();
  });
});
