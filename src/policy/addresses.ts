/** IP addresses and CIDR blocks of `match.ipAddresses`, v4 and v6, through node:net. */
import { BlockList, isIP } from "node:net";

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

/** A BlockList holding every block; IPv4-mapped IPv6 sessions match IPv4 blocks too. */
export function blockListOf(blocks: readonly AddressBlock[]): BlockList {
  const list = new BlockList();
  for (const b of blocks) list.addSubnet(b.address, b.prefix, b.family);
  return list;
}

/** True when the session address lies in one of the blocks; a malformed address never does. */
export function addressIn(list: BlockList, address: string): boolean {
  const version = isIP(address);
  if (version === 0) return false;
  return list.check(address, version === 4 ? "ipv4" : "ipv6");
}
