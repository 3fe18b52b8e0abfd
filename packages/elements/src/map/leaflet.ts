/**
 * Leaflet, evaluated between the Trusted Types guard and its removal (import order is evaluation
 * order): see `trusted-types-guard.ts`.
 */
import './trusted-types-guard.js';

export * as L from 'leaflet/dist/leaflet-src.esm.js';

import './trusted-types-unguard.js';
