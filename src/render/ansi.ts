/**
 * ANSI styling for the text renderer. Colour is decided once by the CLI (a terminal, no
 * --no-color, no NO_COLOR); with it off every style is the identity.
 */
export interface Styles {
  add(text: string): string;
  change(text: string): string;
  remove(text: string): string;
  warn(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string): string => text;

export function styles(color: boolean): Styles {
  if (!color) {
    return {
      add: identity,
      change: identity,
      remove: identity,
      warn: identity,
      strong: identity,
      dim: identity,
    };
  }
  return {
    add: wrap(32, 39),
    change: wrap(33, 39),
    remove: wrap(31, 39),
    warn: wrap(33, 39),
    strong: wrap(1, 22),
    dim: wrap(2, 22),
  };
}
