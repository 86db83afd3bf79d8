import { createHash, timingSafeEqual } from "node:crypto";
import type { Role } from "../api/types";
import type { TokenRow } from "./store";

/** Tokens are kept and compared as SHA-256 digests: fixed length, never the clear text. */
export function tokenDigest(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Who a presented token is: unknown, or its role in each organization that lists it. */
export interface Identity {
  digest: Buffer;
  roles: Map<string, Role>;
}

/**
 * Finds the organizations that list a token. Every listed digest is compared, in constant
 * time and without stopping at the first match, so timing tells nothing about the tokens.
 */
export class TokenIndex {
  constructor(private readonly rows: readonly TokenRow[]) {}

  identify(token: string): Identity | undefined {
    const digest = tokenDigest(token);
    const roles = new Map<string, Role>();
    for (const row of this.rows) {
      if (timingSafeEqual(row.digest, digest)) roles.set(row.organizationId, row.role);
    }
    return roles.size === 0 ? undefined : { digest, roles };
  }
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
