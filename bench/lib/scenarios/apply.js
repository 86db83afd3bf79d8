"use strict";
/**
 * `apply` of 5,000 revocations, each run on a fresh emulator, against the floor of sending
 * the same batch-revoke calls bare (also on a fresh emulator each run). Apply runs twice
 * over: from the policy (it plans first, reading the organization) and from a plan saved
 * beforehand with `plan --out` (it reads only the settings), which is what the bare
 * batches compare to most closely.
 */
const { randomUUID } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { bareClient, pageAll } = require("../bare-client");
const { runCli, expectExit } = require("../cli-process");
const { startEmulatorProcess } = require("../emulator-process");
const { ORGANIZATION, applyPolicy, syntheticSessionIds } = require("../policies");
const { ratio, summarize } = require("../stats");

/** 2,000 members x 5 sessions; the policy names every session of the first 1,000. */
const ORG = { members: 2000, sessionsPerMember: 5 };
const REVOKED_MEMBERS = 1000;
const BATCH = 500;
const IN_FLIGHT = 8;
const ADMIN_TOKEN = "np_demo_admin";
const RULE_ID = "offboard-half";
const APPLY_TIMEOUT_MS = 180_000;

/** Figures for apply and its bare floor. */
async function benchApply(context) {
  const sessionIds = syntheticSessionIds(ORG.members, REVOKED_MEMBERS, ORG.sessionsPerMember);
  const policyDir = path.join(context.tempDir, "apply");
  fs.mkdirSync(policyDir);
  fs.writeFileSync(path.join(policyDir, "policy.yaml"), applyPolicy(sessionIds));

  const planFile = path.join(context.tempDir, "apply-plan.json");
  const applies = [];
  const saved = [];
  const floors = [];
  for (let run = 0; run < context.runs; run += 1) {
    applies.push(await onFreshEmulator(context, (url) => applyOnce(context, url, policyDir)));
    saved.push(
      await onFreshEmulator(
        context,
        (url) => applyOnce(context, url, planFile),
        (url) => savePlan(context, url, policyDir, planFile),
      ),
    );
    floors.push(await onFreshEmulator(context, (url) => bareBatches(url, sessionIds)));
    context.log(`apply: run ${run + 1}/${context.runs}`);
  }
  return summarizeApply(sessionIds.length, applies, saved, floors);
}

/**
 * Starts an emulator, runs `prepare(url)` when given (not timed, not counted), then
 * `work(url)`, counts the admin API requests of `work`, and stops the emulator.
 */
async function onFreshEmulator(context, work, prepare) {
  const emulator = await startEmulatorProcess(context.bin, ORG);
  try {
    if (prepare !== undefined) await prepare(emulator.url);
    await emulator.resetRequests();
    const result = await work(emulator.url);
    return { ...result, requests: await emulator.requests() };
  } finally {
    await emulator.stop();
  }
}

/** `source` is the policy directory or a saved plan file. */
async function applyOnce(context, url, source) {
  const args = ["apply", source, "--auto-approve", "--format", "json", "--api-url", url];
  const result = await runCli(context.bin, [...args, "--actor", "bench"], {
    token: ADMIN_TOKEN,
    timeoutMs: APPLY_TIMEOUT_MS,
  });
  expectExit(result, 0, "apply");
  const output = JSON.parse(result.stdout);
  return { wallMs: result.wallMs, planned: output.summary.sessionRevocations };
}

async function savePlan(context, url, policyDir, planFile) {
  const args = ["plan", policyDir, "--format", "json", "--out", planFile, "--api-url", url];
  const result = await runCli(context.bin, args, {
    token: ADMIN_TOKEN,
    timeoutMs: APPLY_TIMEOUT_MS,
  });
  expectExit(result, 0, "plan --out");
}

/**
 * The same batches as apply sends (sorted ids, 500 a call, up to 8 in flight), bare: the
 * floor the target names. Before them, and timed apart, the organization is paged bare as
 * a plan must read it, for a second floor that includes the read (`readMs`).
 */
async function bareBatches(url, sessionIds) {
  const client = bareClient(url, ADMIN_TOKEN, IN_FLIGHT);
  try {
    const readMs = await timed(() => readOrganization(client));
    const batches = [];
    for (let start = 0; start < sessionIds.length; start += BATCH) {
      batches.push(sessionIds.slice(start, start + BATCH));
    }
    let revoked = [];
    const wallMs = await timed(async () => {
      revoked = await inFlight(batches, IN_FLIGHT, (ids) => revokeBatch(client, ids));
    });
    const total = revoked.reduce((sum, count) => sum + count, 0);
    if (total !== sessionIds.length) throw new Error(`bare batches revoked ${total} sessions`);
    return { wallMs, readMs, planned: total };
  } finally {
    client.close();
  }
}

function readOrganization(client) {
  const base = `/v1/organizations/${ORGANIZATION}`;
  return Promise.all([
    pageAll(client, `${base}/members`, 1000),
    pageAll(client, `${base}/sessions`, 1000),
  ]);
}

async function timed(work) {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function revokeBatch(client, ids) {
  const reason = "Offboarding of a division (benchmark)";
  const { status, body } = await client.send(
    "POST",
    `/v1/organizations/${ORGANIZATION}/sessions/batch-revoke`,
    {
      "idempotency-key": randomUUID(),
      "x-nordpass-actor": "bench",
      "x-nordpass-rule-id": RULE_ID,
      "x-nordpass-reason": encodeURIComponent(reason),
    },
    { sessionIds: ids, reason },
  );
  if (status !== 200) throw new Error(`batch-revoke answered ${status}: ${JSON.stringify(body)}`);
  return body.revoked.length;
}

/** Runs `work` over `items` with at most `limit` at a time; results in item order. */
async function inFlight(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function summarizeApply(revocations, applies, saved, floors) {
  const wall = summarize(applies.map((a) => a.wallMs));
  const savedWall = summarize(saved.map((a) => a.wallMs));
  const floor = summarize(floors.map((f) => f.wallMs));
  const floorWithRead = summarize(floors.map((f) => f.wallMs + f.readMs));
  const last = applies[applies.length - 1];
  return {
    revocations,
    organization: ORG,
    planned: last.planned,
    wallMs: wall,
    floorMs: floor,
    ratioToFloor: ratio(wall.median, floor.median),
    floorWithReadMs: floorWithRead,
    ratioToFloorWithRead: ratio(wall.median, floorWithRead.median),
    savedPlan: {
      planned: saved[saved.length - 1].planned,
      wallMs: savedWall,
      ratioToFloor: ratio(savedWall.median, floor.median),
      requests: {
        total: Math.max(...saved.map((a) => a.requests.total)),
        writes: Math.max(...saved.map((a) => writeRequests(a.requests.byRoute))),
      },
    },
    requests: {
      total: Math.max(...applies.map((a) => a.requests.total)),
      writes: Math.max(...applies.map((a) => writeRequests(a.requests.byRoute))),
      floorWrites: writeRequests(floors[0].requests.byRoute),
      floorReads: floors[0].requests.total - writeRequests(floors[0].requests.byRoute),
      byRoute: last.requests.byRoute,
    },
  };
}

function writeRequests(byRoute) {
  return Object.entries(byRoute)
    .filter(([route]) => /^(POST|PUT|PATCH|DELETE) /.test(route))
    .reduce((sum, [, count]) => sum + count, 0);
}

module.exports = { benchApply };
