import type { EmulatorStore } from "./store";

const OFFSET_KEY = "clockOffsetMs";

/**
 * The emulator's now: the wall clock plus an offset that the control routes set or move.
 * The offset is kept in the database, so a restart on the same file keeps the time.
 */
export class EmulatorClock {
  private offsetMs: number;

  constructor(private readonly store: EmulatorStore) {
    this.offsetMs = Number(store.getMeta(OFFSET_KEY) ?? "0");
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  set(instantMs: number): void {
    this.saveOffset(instantMs - Date.now());
  }

  advance(seconds: number): void {
    this.saveOffset(this.offsetMs + seconds * 1000);
  }

  private saveOffset(offsetMs: number): void {
    this.offsetMs = offsetMs;
    this.store.setMeta(OFFSET_KEY, String(offsetMs));
  }
}
