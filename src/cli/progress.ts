/**
 * Progress bars on stderr, for long reads and applies. Only on a terminal: in CI logs and
 * pipes a redrawn bar is noise, so there it does nothing at all.
 */
import type * as CliProgress from "cli-progress";
import type { OutputStream } from "./io";

export interface Progress {
  /** Sets the count done (and the total, when it became known). */
  update(done: number, total?: number): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A bar titled `label` on `stream` when it is a terminal. `total` may be unknown at the
 * start (reading sessions): the bar then shows only the count.
 */
export function startProgress(stream: OutputStream, label: string, total?: number): Progress {
  if (!stream.isTTY) return silent;
  // Required here, not at the top: off a terminal the bar library is never needed, and
  // loading it costs every plan and apply in CI several milliseconds.
  const { SingleBar } = require("cli-progress") as typeof CliProgress;
  const format = total === undefined ? `${label} {value}` : `${label} [{bar}] {value}/{total}`;
  const bar = new SingleBar({
    format,
    stream: stream as unknown as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total ?? 0, 0);
  let stopped = false;
  return {
    update(done, newTotal) {
      if (stopped) return;
      if (newTotal !== undefined) bar.setTotal(newTotal);
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
