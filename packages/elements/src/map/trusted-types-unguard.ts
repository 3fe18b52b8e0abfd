/** Removes the guard of `trusted-types-guard.ts` once Leaflet's module has been evaluated. */
const g = globalThis as { __tongxinLeafletGuard?: () => void };
g.__tongxinLeafletGuard?.();
delete g.__tongxinLeafletGuard;
