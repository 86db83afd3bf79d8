"use strict";
/**
 * `plan` against a synthetic organization, side by side with the floor: the same emulator
 * paged bare. Floor and plan runs alternate, so a busy moment hurts both alike.
 */
const fs = require("node:fs");
const path = require("node:path");
const { bareClient, pageAll } = require("../bare-client");
const { runCli, expectExit } = require("../cli-process");
const { startEmulatorProcess } = require("../emulator-process");
const { ORGANIZATION, planPolicy } = require("../policies");
const { ratio, round, summarize } = require("../stats");

const SESSIONS_PER_MEMBER = 5;
const PAGE_LIMIT = 1000;
const AUDITOR_TOKEN = "np_demo_auditor";
const PLAN_TIMEOUT_MS = 180_000;

/** Floor and plan figures for an organization of `members` members x 5 sessions. */
async function benchPlan(context, members) {
  const policyDir = writePolicy(context, members);
  const emulator = await startEmulatorProcess(context.bin, {
    members,
    sessionsPerMember: SESSIONS_PER_MEMBER,
  });
  try {
    await floorOnce(emulator, members);
    const floors = [];
    const plans = [];
    for (let run = 0; run < context.runs; run += 1) {
      floors.push(await floorOnce(emulator, members));
      plans.push(await planOnce(context, emulator, policyDir, run));
      context.log(`plan ${members} members: run ${run + 1}/${context.runs}`);
    }
    return summarizePlan(members, floors, plans);
  } finally {
    await emulator.stop();
  }
}

function writePolicy(context, members) {
  const dir = path.join(context.tempDir, `plan-${members}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "policy.yaml"), planPolicy());
  return dir;
}

/** Members and sessions paged at the largest limit, the two listings side by side. */
async function floorOnce(emulator, members) {
  const client = bareClient(emulator.url, AUDITOR_TOKEN, 2);
  const base = `/v1/organizations/${ORGANIZATION}`;
  try {
    await emulator.resetRequests();
    const started = process.hrtime.bigint();
    const [memberPages, sessionPages] = await Promise.all([
      pageAll(client, `${base}/members`, PAGE_LIMIT),
      pageAll(client, `${base}/sessions`, PAGE_LIMIT),
    ]);
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    expectItems(memberPages.items, members, "members");
    expectItems(sessionPages.items, members * SESSIONS_PER_MEMBER, "sessions");
    return { wallMs, requests: (await emulator.requests()).total, sessions: sessionPages.items };
  } finally {
    client.close();
  }
}

async function planOnce(context, emulator, policyDir, run) {
  await emulator.resetRequests();
  const result = await runCli(
    context.bin,
    ["plan", policyDir, "--format", "json", "--api-url", emulator.url],
    {
      token: AUDITOR_TOKEN,
      rssFile: path.join(context.tempDir, `rss-plan-${run}`),
      timeoutMs: PLAN_TIMEOUT_MS,
    },
  );
  expectExit(result, 0, "plan");
  const plan = JSON.parse(result.stdout);
  const requests = await emulator.requests();
  return {
    wallMs: result.wallMs,
    peakRssKiB: result.peakRssKiB,
    requests: requests.total,
    byRoute: requests.byRoute,
    revocations: plan.summary.sessionRevocations,
  };
}

function summarizePlan(members, floors, plans) {
  const sessions = members * SESSIONS_PER_MEMBER;
  const floor = summarize(floors.map((f) => f.wallMs));
  const wall = summarize(plans.map((p) => p.wallMs));
  const pagesNeeded = floors[0].requests;
  const requests = Math.max(...plans.map((p) => p.requests));
  return {
    members,
    sessions,
    floorMs: floor,
    wallMs: wall,
    ratioToFloor: ratio(wall.median, floor.median),
    requests: {
      total: requests,
      samples: plans.map((p) => p.requests),
      pagesNeeded,
      overPages: requests - pagesNeeded,
      byRoute: plans[plans.length - 1].byRoute,
    },
    peakRssMB: summarize(plans.map((p) => (p.peakRssKiB * 1024) / 1e6)),
    revocations: plans[0].revocations,
    matchedShare: round(plans[0].revocations / sessions, 4),
  };
}

function expectItems(actual, expected, what) {
  if (actual !== expected) throw new Error(`the floor read ${actual} ${what}, not ${expected}`);
}

module.exports = { benchPlan, SESSIONS_PER_MEMBER };
