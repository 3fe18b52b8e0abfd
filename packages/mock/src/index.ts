/** @tongxin/mock: msw handlers over an in-memory county (being built; see issue 9). */
export {};
