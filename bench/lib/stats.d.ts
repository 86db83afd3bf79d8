/** Types of stats.js, for the tests of the benchmark harness. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}
export function median(samples: readonly number[]): number;
export function summarize(samples: readonly number[], digits?: number): Summary;
export function ratio(numerator: number, denominator: number): number | null;
export function round(value: number, digits: number): number;
