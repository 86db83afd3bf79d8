"use strict";
/**
 * Child processes of the benchmark: every one is registered so that a failure, a signal or
 * the end of the run kills it, and every one has a time limit.
 */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const living = new Set();
const tempDirs = new Set();

/**
 * Runs `command args` to completion and resolves with `{ code, signal, stdout, stderr,
 * wallMs }`; wall time runs from spawn to exit. Killed (and rejected) after `timeoutMs`.
 */
function runChild(command, args, { env, cwd, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = track(spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] }));
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${describe(command, args)} took over ${timeoutMs} ms; killed`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
  });
}

/** Registers a spawned child so that `killAll` reaches it; forgets it once it exits. */
function track(child) {
  living.add(child);
  child.on("exit", () => living.delete(child));
  return child;
}

/** SIGKILLs every child still running. Synchronous, so it also works in an exit handler. */
function killAll() {
  for (const child of living) child.kill("SIGKILL");
  living.clear();
}

/** A fresh directory under the system temp dir, removed by `removeTempDirs`. */
function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nordpass-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

function removeTempDirs() {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Kills the children and removes the temp dirs on exit, on SIGINT/SIGTERM and on a crash. */
function cleanUpOnExit() {
  const cleanUp = () => {
    killAll();
    removeTempDirs();
  };
  process.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      cleanUp();
      process.stderr.write(`bench: ${signal}, children killed\n`);
      process.exit(130);
    });
  }
}

function describe(command, args) {
  return [path.basename(command), ...args].join(" ").slice(0, 200);
}

module.exports = { runChild, track, killAll, makeTempDir, removeTempDirs, cleanUpOnExit };
