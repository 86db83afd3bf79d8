"use strict";
/**
 * The targets of the benchmarks (issue 6), judged against a run's figures. Each verdict is
 * `{ target, measured, met }`; `met` is null when the run did not measure it.
 */
const LIMITS = {
  planMembers: 50_000,
  planRatio: 1.5,
  planRssMB: 300,
  planConstantRequests: 5,
  applyWrites: 20,
  applyRatio: 2,
  validateMs: 1000,
  coldStartMs: 100,
};

function judgeTargets(results) {
  return [
    planRatio(results.plan),
    planRequests(results.plan),
    planMemory(results.plan),
    applyWrites(results.apply),
    applyRatio(results.apply),
    validateTime(results.validate),
    coldStart(results.coldStart),
  ];
}

function largestPlan(plans) {
  const plan = plans[plans.length - 1];
  const note = plan.members === LIMITS.planMembers ? "" : ` (at ${fmt(plan.members)} members)`;
  return { plan, note, exact: plan.members === LIMITS.planMembers };
}

function planRatio(plans) {
  const { plan, note, exact } = largestPlan(plans);
  return {
    target: `plan at 50,000 members: at most ${LIMITS.planRatio}x the floor`,
    measured: `${plan.ratioToFloor}x${note}${slowFloorNote(plans)}`,
    met: exact ? plan.ratioToFloor <= LIMITS.planRatio : null,
  };
}

/**
 * Paging costs about the same per page at any size unless the server's cost per request
 * grows with the organization; then the floor is slow and the ratio looks better than the
 * client is. Says so when the largest size pays over 1.5x the next one's cost per page.
 */
function slowFloorNote(plans) {
  if (plans.length < 2) return "";
  const perPage = (p) => p.floorMs.median / p.requests.pagesNeeded;
  const [previous, largest] = plans.slice(-2);
  const growth = perPage(largest) / perPage(previous);
  if (growth <= 1.5) return "";
  return (
    `; caution: the floor costs ${perPage(largest).toFixed(1)} ms a page at ` +
    `${fmt(largest.members)} members against ${perPage(previous).toFixed(1)} ms at ` +
    `${fmt(previous.members)}: the server's cost per request grows with size, which ` +
    "flatters this ratio"
  );
}

function planRequests(plans) {
  const over = plans.map((p) => p.requests.overPages);
  const constant = over.every((n) => n === over[0]) && over[0] <= LIMITS.planConstantRequests;
  const { plan, note } = largestPlan(plans);
  return {
    target: "plan: requests = pages needed + a constant",
    measured:
      `${plan.requests.total} = ${plan.requests.pagesNeeded} pages + ` +
      `${plan.requests.overPages}${note}; over the pages at each size: ${over.join(", ")}`,
    met: constant,
  };
}

function planMemory(plans) {
  const { plan, note, exact } = largestPlan(plans);
  return {
    target: `plan at 50,000 members: peak RSS under ${LIMITS.planRssMB} MB`,
    measured: `${plan.peakRssMB.median} MB${note}`,
    met: exact ? plan.peakRssMB.max < LIMITS.planRssMB : null,
  };
}

function applyWrites(apply) {
  return {
    target: `apply of 5,000 revocations: at most ${LIMITS.applyWrites} write requests`,
    measured: `${apply.requests.writes} writes, ${apply.requests.total} requests in all`,
    met: apply.requests.writes <= LIMITS.applyWrites,
  };
}

function applyRatio(apply) {
  return {
    target: `apply of 5,000 revocations: at most ${LIMITS.applyRatio}x the bare batches`,
    measured:
      `${apply.ratioToFloor}x (${apply.wallMs.median} ms vs ${apply.floorMs.median} ms; ` +
      `${apply.ratioToFloorWithRead}x against the bare read and batches; from a saved plan ` +
      `${apply.savedPlan.ratioToFloor}x)`,
    met: apply.ratioToFloor <= LIMITS.applyRatio,
  };
}

function validateTime(validate) {
  return {
    target: "validate of 10,000 rules: under 1 s",
    measured: `${validate.wallMs.median} ms`,
    met: validate.wallMs.median < LIMITS.validateMs,
  };
}

function coldStart(cold) {
  return {
    target: `--version: within ${LIMITS.coldStartMs} ms of node -e ""`,
    measured: `+${cold.overheadMs} ms (${cold.cliMs.median} ms vs ${cold.nodeMs.median} ms)`,
    met: cold.overheadMs <= LIMITS.coldStartMs,
  };
}

function fmt(n) {
  return n.toLocaleString("en-US");
}

module.exports = { judgeTargets, LIMITS };
