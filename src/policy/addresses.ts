/**
 * IP addresses and CIDR blocks of `match.ipAddresses`, v4 and v6. node:net validates the
 * text; matching is plain arithmetic on 32-bit words, because a plan checks every session of
 * an organization and node:net's BlockList builds a native address object on every check.
 *
 * Both families live in one 128-bit space: an IPv4 address is its IPv4-mapped IPv6 form
 * (::ffff:a.b.c.d) and an IPv4 block of prefix p is the mapped block of prefix 96 + p. So an
 * IPv4-mapped session address matches IPv4 blocks, as with BlockList.
 */
import { isIP } from "node:net";

export interface AddressBlock {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/** An address is a block of its full length (/32 or /128); undefined when not valid. */
export function parseAddressBlock(text: string): AddressBlock | undefined {
  const [address, prefixText, extra] = text.split("/");
  if (address === undefined || extra !== undefined || address.includes("%")) return undefined;
  const version = isIP(address);
  if (version === 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** Blocks compiled for matching: per block, 4 words of network then 4 words of mask. */
export interface AddressSet {
  readonly words: Uint32Array;
}

/** Compiles valid blocks once, each network already masked. */
export function addressSetOf(blocks: readonly AddressBlock[]): AddressSet {
  const words = new Uint32Array(blocks.length * 8);
  blocks.forEach((block, i) => {
    const address = wordsOf(block.address, block.family === "ipv4" ? 4 : 6);
    const prefix = block.family === "ipv4" ? 96 + block.prefix : block.prefix;
    for (let w = 0; w < 4; w++) {
      const mask = maskWord(prefix - 32 * w);
      words[i * 8 + w] = (address[w]! & mask) >>> 0;
      words[i * 8 + 4 + w] = mask;
    }
  });
  return { words };
}

/** True when the session address lies in one of the blocks; a malformed address never does. */
export function addressIn(set: AddressSet, address: string): boolean {
  const parsed = sessionWords(address);
  if (parsed === undefined) return false;
  const { words } = set;
  for (let i = 0; i < words.length; i += 8) {
    if (
      (parsed[0]! & words[i + 4]!) >>> 0 === words[i] &&
      (parsed[1]! & words[i + 5]!) >>> 0 === words[i + 1] &&
      (parsed[2]! & words[i + 6]!) >>> 0 === words[i + 2] &&
      (parsed[3]! & words[i + 7]!) >>> 0 === words[i + 3]
    ) {
      return true;
    }
  }
  return false;
}

/** The mask of one 32-bit word when `bits` of the prefix fall in it (clamped to 0..32). */
function maskWord(bits: number): number {
  if (bits <= 0) return 0;
  if (bits >= 32) return 0xffffffff;
  return (0xffffffff << (32 - bits)) >>> 0;
}

/**
 * The last session address parsed, kept because a plan asks every rule about the same
 * session in turn: one parse per session rather than one per rule. The words are reused from
 * one address to the next, so a plan allocates nothing per check.
 */
let lastAddress: string | undefined;
let lastValid = false;
const lastWords = new Uint32Array(4);

function sessionWords(address: string): Uint32Array | undefined {
  if (address !== lastAddress) {
    const version = isIP(address);
    lastAddress = address;
    lastValid = version !== 0;
    if (lastValid) readAddress(address, version, lastWords);
  }
  return lastValid ? lastWords : undefined;
}

/** Four 32-bit words of a valid address; IPv4 as ::ffff:a.b.c.d. */
function wordsOf(address: string, version: number): Uint32Array {
  const words = new Uint32Array(4);
  readAddress(address, version, words);
  return words;
}

/** Scratch for one IPv6 address's groups, reused: matching runs synchronously. */
const groups = new Uint32Array(8);

/**
 * Writes the words of an address node:net found valid, reading its characters once. A zone
 * (fe80::1%eth0) names an interface, not a part of the address, and is left out.
 */
function readAddress(address: string, version: number, words: Uint32Array): void {
  const zone = address.indexOf("%");
  const end = zone === -1 ? address.length : zone;
  if (version === 4) {
    words[0] = 0;
    words[1] = 0;
    words[2] = 0xffff;
    words[3] = ipv4Word(address, 0, end);
    return;
  }
  readGroups(address, end);
  for (let w = 0; w < 4; w++) words[w] = ((groups[2 * w]! << 16) | groups[2 * w + 1]!) >>> 0;
}

const COLON = 58;
const DOT = 46;
const ZERO = 48;

/** The 32-bit word of the dotted IPv4 text between `start` and `end`. */
function ipv4Word(text: string, start: number, end: number): number {
  let word = 0;
  let octet = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      word = (word << 8) | octet;
      octet = 0;
    } else {
      octet = octet * 10 + (c - ZERO);
    }
  }
  return ((word << 8) | octet) >>> 0;
}

/** Reads the eight 16-bit groups of a valid IPv6 address into `groups`, `::` expanded. */
function readGroups(text: string, end: number): void {
  let count = 0;
  let gap = -1;
  let value = 0;
  let groupStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON) {
      if (i > groupStart) groups[count++] = value;
      if (text.charCodeAt(i + 1) === COLON) {
        gap = count;
        i++;
      }
      value = 0;
      groupStart = i + 1;
    } else if (c === DOT) {
      const word = ipv4Word(text, groupStart, end);
      groups[count++] = word >>> 16;
      groups[count++] = word & 0xffff;
      groupStart = end;
      break;
    } else {
      value = value * 16 + hexDigit(c);
    }
  }
  if (groupStart < end) groups[count++] = value;
  if (gap === -1) return;
  // Move the groups after `::` to the end and fill the run between with zeros.
  const after = count - gap;
  for (let k = 1; k <= after; k++) groups[8 - k] = groups[count - k]!;
  groups.fill(0, gap, 8 - after);
}

function hexDigit(c: number): number {
  if (c <= 57) return c - ZERO;
  return (c | 0x20) - 87; // a-f and A-F alike
}
