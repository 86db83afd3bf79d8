"use strict";
/** The Markdown tables a run prints: the figures, then the targets. */

const SPREAD = "min–max";

function markdownReport(report) {
  const { machine, loadAverage, results } = report;
  return [
    `Benchmarks (${report.quick ? "quick" : "full"}), ${report.startedAt}: ` +
      `${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `load average ${loadAverage.start} at start, ${loadAverage.end} at end.`,
    `Each figure is the median of ${report.runs} runs (cold start: ` +
      `${results.coldStart.pairs} pairs), with the ${SPREAD} in brackets.`,
    "",
    "| benchmark | size | wall time | requests | peak RSS | ratio to floor |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.plan.flatMap(planRows),
    ...applyRows(results.apply),
    ...validateRows(results.validate),
    ...coldStartRows(results.coldStart),
    "",
    "| target | measured | met |",
    "| --- | --- | --- |",
    ...report.targets.map((t) => `| ${t.target} | ${t.measured} | ${verdict(t.met)} |`),
    "",
  ].join("\n");
}

function planRows(plan) {
  const size = `${fmt(plan.members)} members, ${fmt(plan.sessions)} sessions`;
  const share = `${(plan.matchedShare * 100).toFixed(1)}%`;
  return [
    `| floor: bare paging (limit 1000) | ${size} | ${ms(plan.floorMs)} | ` +
      `${plan.requests.pagesNeeded} pages | – | 1 |`,
    `| \`plan --format json\` | ${size}; ${fmt(plan.revocations)} to revoke (${share}) | ` +
      `${ms(plan.wallMs)} | ${plan.requests.total} | ${mb(plan.peakRssMB)} | ` +
      `${plan.ratioToFloor}x |`,
  ];
}

function applyRows(apply) {
  const size = `${fmt(apply.revocations)} of ${fmt(apply.organization.members * 5)} sessions`;
  return [
    `| floor: bare batch-revoke calls | ${size} | ${ms(apply.floorMs)} | ` +
      `${apply.requests.floorWrites} writes | – | 1 |`,
    `| floor: bare paging, then the batches | ${size} | ${ms(apply.floorWithReadMs)} | ` +
      `${apply.requests.floorReads} pages, ${apply.requests.floorWrites} writes | – | 1 |`,
    `| \`apply --auto-approve\` | ${size} | ${ms(apply.wallMs)} | ` +
      `${apply.requests.writes} writes, ${apply.requests.total} in all | – | ` +
      `${apply.ratioToFloor}x (${apply.ratioToFloorWithRead}x with the read) |`,
    `| \`apply PLANFILE --auto-approve\` (saved plan) | ${size} | ` +
      `${ms(apply.savedPlan.wallMs)} | ${apply.savedPlan.requests.writes} writes, ` +
      `${apply.savedPlan.requests.total} in all | – | ${apply.savedPlan.ratioToFloor}x |`,
  ];
}

function validateRows(validate) {
  const size =
    `${fmt(validate.rules)} rules in ${validate.files} files ` +
    `(${Math.round(validate.bytes / 1024)} KiB)`;
  return [
    `| floor: a process that only parses it with yaml | ${size} | ${ms(validate.yamlFloorMs)} | ` +
      "– | – | 1 |",
    `| \`validate --format json\` | ${size} | ${ms(validate.wallMs)} | – | ` +
      `${mb(validate.peakRssMB)} | ${validate.ratioToYamlFloor}x |`,
  ];
}

function coldStartRows(cold) {
  return [
    `| \`node -e ""\` | – | ${ms(cold.nodeMs)} | – | – | – |`,
    `| \`nordpass-policy --version\` | – | ${ms(cold.cliMs)} | – | – | ` +
      `+${cold.overheadMs} ms |`,
  ];
}

function ms(summary) {
  return `${fmt(Math.round(summary.median))} ms (${fmt(Math.round(summary.min))}–` +
    `${fmt(Math.round(summary.max))})`;
}

function mb(summary) {
  const [median, min, max] = [summary.median, summary.min, summary.max].map(Math.round);
  return `${median} MB (${min}–${max})`;
}

function verdict(met) {
  if (met === null) return "not measured (quick)";
  return met ? "met" : "**not met**";
}

function fmt(n) {
  return n.toLocaleString("en-US");
}

module.exports = { markdownReport, planRows, SPREAD };
