import type { DeviceType, Platform, Role } from "../api/types";

/**
 * A seed: the organizations, tokens, members and sessions an empty emulator database
 * starts with. Seed files (YAML or JSON) have exactly this shape.
 */
export interface SeedDocument {
  organizations: SeedOrganization[];
}

export interface SeedOrganization {
  id: string;
  name?: string;
  /** "30d", "36h", "1d12h", "90m", or a number of seconds. */
  sessionLength: string | number;
  tokens?: SeedToken[];
  members?: SeedMember[];
}

export interface SeedToken {
  name: string;
  token: string;
  role: Role;
}

export interface SeedMember {
  /** Generated from the organization and email when absent. */
  id?: string;
  email: string;
  /** Defaults to "member". */
  role?: Role;
  sessions?: SeedSession[];
}

export interface SeedSession {
  /** Generated when absent. */
  id?: string;
  deviceType: DeviceType;
  browser: string;
  platform: Platform;
  platformVersion: string;
  ipAddress: string;
  /** ISO 8601 instant. */
  lastLoginAt: string;
}

/** JSON Schema of a seed document; the loader validates seed files with it. */
export const seedDocumentSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  required: ["organizations"],
  properties: {
    organizations: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "sessionLength"],
        properties: {
          id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
          name: { type: "string" },
          sessionLength: {
            anyOf: [
              { type: "string", pattern: "^(\\d+d)?(\\d+h)?(\\d+m)?$", minLength: 2 },
              { type: "integer" },
            ],
          },
          tokens: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "token", "role"],
              properties: {
                name: { type: "string", minLength: 1 },
                token: { type: "string", minLength: 8 },
                role: { enum: ["owner", "admin", "auditor", "member"] },
              },
            },
          },
          members: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["email"],
              properties: {
                id: { type: "string", minLength: 1 },
                email: { type: "string", format: "email" },
                role: { enum: ["owner", "admin", "auditor", "member"] },
                sessions: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: [
                      "deviceType",
                      "browser",
                      "platform",
                      "platformVersion",
                      "ipAddress",
                      "lastLoginAt",
                    ],
                    properties: {
                      id: { type: "string", minLength: 1 },
                      deviceType: { enum: ["desktop", "mobile", "tablet", "unknown"] },
                      browser: { type: "string" },
                      platform: { enum: ["extension", "desktop", "web", "ios", "android"] },
                      platformVersion: { type: "string" },
                      ipAddress: {
                        anyOf: [
                          { type: "string", format: "ipv4" },
                          { type: "string", format: "ipv6" },
                        ],
                      },
                      lastLoginAt: { type: "string", format: "date-time" },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** Seconds of a session length written as "30d", "1d12h", "90m" or given as seconds. */
export function sessionLengthSeconds(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(value);
  if (match === null || value === "") return undefined;
  const [, days = "0", hours = "0", minutes = "0"] = match;
  return Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60;
}
