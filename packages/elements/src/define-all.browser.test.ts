// defineTongxin({ prefix }) on a page where another library already took the `tx-` names: our
// widgets work under another prefix and render their own form element, not the look-alike.
import { expect } from '@esm-bundle/chai';
import { defineTongxin } from './define-all.js';
import { deep, endpoint, startMock, waitFor } from './test/helpers.fixtures.js';

class Impostor extends HTMLElement {
  connectedCallback() {
    this.textContent = 'not Tongxin';
  }
}

describe('defineTongxin', () => {
  before(async () => {
    await startMock();
    customElements.define('tx-opinion-status', class extends Impostor {});
  });

  it('registers every widget under another prefix, leaving names taken by others alone', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineTongxin({ prefix: 'gov' });
      defineTongxin({ prefix: 'tx' });
    } finally {
      console.warn = warn;
    }
    for (const name of [
      'provider',
      'form',
      'opinion-box',
      'opinion-status',
      'proposal-form',
      'outbox',
      'task-tracker',
      'workbench',
      'workstation-map',
    ]) {
      expect(customElements.get(`gov-${name}`), `gov-${name}`).to.not.equal(undefined);
    }
    expect(warnings.some((w) => w.includes('<tx-opinion-status>'))).to.equal(true);
    expect(() => defineTongxin({ prefix: 'Bad Prefix' })).to.throw(/prefix/);
  });

  it('a prefixed opinion box renders the prefixed form', async () => {
    const box = document.createElement('gov-opinion-box');
    box.setAttribute('endpoint', endpoint());
    box.setAttribute('tenant', '211100');
    document.body.append(box);
    try {
      await waitFor(() => deep(box, 'gov-form', '#f-title'), 'the prefixed form');
      expect(box.shadowRoot!.querySelector('tx-form') === null, 'no tx-form inside').to.equal(true);
      const status = document.createElement('tx-opinion-status');
      document.body.append(status);
      expect(status.textContent).to.equal('not Tongxin');
      status.remove();
    } finally {
      box.remove();
    }
  });
});
