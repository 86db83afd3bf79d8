"use strict";
/** The machine a run took its figures on, with the load average to show how busy it was. */
const os = require("node:os");

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

/** The 1-minute load average, rounded; on 2 cores, above 2 means work was waiting. */
function loadAverage() {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

module.exports = { describeMachine, loadAverage };
