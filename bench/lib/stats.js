"use strict";
/**
 * Summaries of repeated measurements. Benchmarks run a handful of times (3 to 20), too few
 * for an interquartile range to mean much, so the spread is the full range: min to max.
 */

/** The middle value of `samples` (the mean of the two middle ones for an even count). */
function median(samples) {
  if (samples.length === 0) throw new RangeError("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * `{ median, min, max, samples }` of a list of numbers, each rounded to `digits` decimals;
 * `samples` keeps the raw values in the order they were taken.
 */
function summarize(samples, digits = 1) {
  if (samples.length === 0) throw new RangeError("summary of no samples");
  return {
    median: round(median(samples), digits),
    min: round(Math.min(...samples), digits),
    max: round(Math.max(...samples), digits),
    samples: samples.map((value) => round(value, digits)),
  };
}

/** `numerator / denominator` to two decimals, or null when the denominator is not positive. */
function ratio(numerator, denominator) {
  return denominator > 0 ? round(numerator / denominator, 2) : null;
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

module.exports = { median, summarize, ratio, round };
