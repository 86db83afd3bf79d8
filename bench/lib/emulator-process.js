"use strict";
/**
 * The emulator in its own process, so that the CLI's memory and CPU are measured alone.
 * Started through the real bin with the synthetic seed, a free loopback port, the control
 * routes on and a rate limit high enough never to throttle a benchmark.
 */
const { spawn } = require("node:child_process");
const { track } = require("./children");
const { bareClient } = require("./bare-client");

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 5_000;
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** Resolves with `{ url, requests(), resetRequests(), stop() }` once the server listens. */
async function startEmulatorProcess(bin, { members, sessionsPerMember }) {
  const seed = `synthetic:members=${members},sessionsPerMember=${sessionsPerMember}`;
  const args = [bin, "emulator", "--seed", seed, "--port", "0", "--control"];
  const child = track(
    spawn(process.execPath, [...args, "--rate-limit", "1000000"], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    }),
  );
  const url = await waitForUrl(child, seed);
  const control = bareClient(url, undefined, 1);
  return {
    url,
    requests: async () => (await control.send("GET", "/_emulator/requests")).body,
    resetRequests: () => control.send("POST", "/_emulator/requests/reset"),
    stop: () => {
      control.close();
      return stop(child);
    },
  };
}

/** Reads stderr until the banner names the URL; fails on exit or after START_TIMEOUT_MS. */
function waitForUrl(child, seed) {
  return new Promise((resolve, reject) => {
    let stderr = "";
    const onExit = (code) => fail(`exited with ${code} before listening`);
    const fail = (why) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`emulator --seed ${seed} ${why}\n${stderr.slice(-2000)}`));
    };
    const late = () => fail(`did not listen within ${START_TIMEOUT_MS} ms`);
    const timer = setTimeout(late, START_TIMEOUT_MS);
    child.on("exit", onExit);
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
      const match = LISTENING.exec(stderr);
      if (match === null) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      child.stderr.removeAllListeners("data");
      child.stderr.resume();
      resolve(match[1]);
    });
  });
}

/** SIGTERM, then SIGKILL when it has not exited within STOP_TIMEOUT_MS. */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

module.exports = { startEmulatorProcess };
