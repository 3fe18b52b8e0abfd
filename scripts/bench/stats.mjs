/** Summary statistics of a list of durations (ms). */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const total = samples.reduce((a, b) => a + b, 0);
  return { median: at(0.5), p99: at(0.99), mean: total / samples.length, total };
}

/** Formats milliseconds for a table. */
export const ms = (n) => `${n < 1 ? n.toFixed(3) : n.toFixed(2)} ms`;
