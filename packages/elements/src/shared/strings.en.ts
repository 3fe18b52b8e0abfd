/** English strings, loaded only when a page asks for this language. */
import type { SharedStrings } from './strings.js';

const en: SharedStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  offline: 'You are offline: what you fill in is kept on this device and sent when you are back online.',
  online: 'Online',
  savedOffline: 'Saved on this device; it will be sent when you are back online.',
  configTitle: 'This widget is not configured correctly',
  missing: (attribute, tag) =>
    `Missing ${attribute}: set ${attribute}="…" on <${tag}>, or place it inside a <tx-provider> that sets ${attribute}.`,
  badTenant: (value) => `tenant must be a 6-digit division code (such as 211100), not "${value}".`,
  badEndpoint: (value) => `endpoint must be an http(s) URL, not "${value}".`,
  loadFailed: 'Could not load. Check the connection and try again.',
  close: 'Close',
};

export default en;
