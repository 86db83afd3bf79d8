/**
 * Properties of compiled revocation rules, checked against independent arithmetic: the
 * login window's edges, list filters, case rules, protection, CIDR blocks (v4 and v6) and
 * semver ranges.
 */
import { BlockList } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RuleSpec } from "../../src/policy/document";
import { compileRule } from "../../src/policy/matcher";
import type { SessionFacts } from "../../src/policy/model";

const NOW = new Date("2026-12-03T12:00:00Z");

function spec(overrides: Partial<RuleSpec> = {}): RuleSpec {
  return {
    id: "r",
    reason: "test",
    members: "*",
    match: {},
    source: { file: "p.yaml", line: 1, col: 1 },
    ...overrides,
  };
}

function session(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return {
    id: "s-1",
    memberEmail: "jane@acme.example",
    deviceType: "mobile",
    browser: "Safari",
    platform: "ios",
    platformVersion: "5.19.2",
    ipAddress: "198.51.100.7",
    lastLoginAt: "2026-11-30T09:00:00.000Z",
    ...overrides,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

/** A login time that often lands exactly on, or one millisecond beside, a window edge. */
function nearEdges(a: number, b: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(a - 1, a, a + 1, b - 1, b, b + 1), instant);
}

describe("login window: lastLoginAfter <= lastLoginAt < lastLoginBefore", () => {
  it("matches exactly the logins inside the half-open window", () => {
    const windowAndLogin = fc
      .tuple(instant, instant)
      .filter(([a, b]) => a < b)
      .chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), nearEdges(a, b)));
    fc.assert(
      fc.property(windowAndLogin, ([after, before, at]) => {
        const rule = compileRule(
          spec({ lastLoginAfter: iso(after), lastLoginBefore: iso(before) }),
          [],
        );
        expect(rule.matches(session({ lastLoginAt: iso(at) }), NOW)).toBe(
          after <= at && at < before,
        );
      }),
    );
  });

  it("with only lastLoginBefore, matches every login strictly before it", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -2, max: 2 }), (before, delta) => {
        const rule = compileRule(spec({ lastLoginBefore: iso(before) }), []);
        expect(rule.matches(session({ lastLoginAt: iso(before + delta) }), NOW)).toBe(delta < 0);
      }),
    );
  });

  it("with only lastLoginAfter, matches every login at or after it", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -2, max: 2 }), (after, delta) => {
        const rule = compileRule(spec({ lastLoginAfter: iso(after) }), []);
        expect(rule.matches(session({ lastLoginAt: iso(after + delta) }), NOW)).toBe(delta >= 0);
      }),
    );
  });

  it("never matches a session whose last login is not a time", () => {
    const rule = compileRule(spec({ lastLoginBefore: iso(Date.UTC(2030, 0, 1)) }), []);
    expect(rule.matches(session({ lastLoginAt: "yesterday" }), NOW)).toBe(false);
  });
});

describe("expiry", () => {
  it("applies before expiresAt and never from expiresAt on", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -2, max: 2 }), (expires, delta) => {
        const rule = compileRule(spec({ expiresAt: iso(expires) }), []);
        expect(rule.matches(session(), new Date(expires + delta))).toBe(delta < 0);
      }),
    );
  });
});

/** The same text with the case of each letter chosen at random. */
function recased(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""),
    );
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .-]{0,15}$/);
const email = fc.tuple(
  fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/),
  fc.stringMatching(/^[a-z]{1,8}$/),
);

describe("members and case", () => {
  it("compares browsers, platforms and device types without regard to case", () => {
    fc.assert(
      fc.property(
        word.chain((w) => fc.tuple(fc.constant(w), recased(w), recased(w))),
        ([w, a, b]) => {
          const rule = compileRule(
            spec({
              match: {
                browsers: [a.toLowerCase()],
                platforms: [a.toLowerCase()],
                deviceTypes: [a.toLowerCase()],
              },
            }),
            [],
          );
          expect(rule.matches(session({ browser: b, platform: b, deviceType: b }), NOW)).toBe(true);
          expect(rule.matches(session({ browser: `${w}x`, platform: b, deviceType: b }), NOW)).toBe(
            false,
          );
        },
      ),
    );
  });

  it("matches a listed member whatever the case of the session's email", () => {
    fc.assert(
      fc.property(
        email.chain(([local, domain]) => recased(`${local}@${domain}.example`)),
        (sessionEmail) => {
          const rule = compileRule(spec({ members: [sessionEmail.toLowerCase()] }), []);
          expect(rule.matches(session({ memberEmail: sessionEmail }), NOW)).toBe(true);
          expect(rule.matches(session({ memberEmail: `x${sessionEmail}` }), NOW)).toBe(false);
        },
      ),
    );
  });

  it('never matches a protected member, even through "*"', () => {
    fc.assert(
      fc.property(
        email.chain(([local, domain]) => recased(`${local}@${domain}.example`)),
        fc.boolean(),
        (memberEmail, star) => {
          const members = star ? "*" : [memberEmail.toLowerCase()];
          const guarded = compileRule(spec({ members }), [memberEmail.toLowerCase()]);
          const open = compileRule(spec({ members }), []);
          expect(guarded.matches(session({ memberEmail }), NOW)).toBe(false);
          expect(open.matches(session({ memberEmail }), NOW)).toBe(true);
        },
      ),
    );
  });
});

describe("list filters", () => {
  const deviceType = fc.constantFrom("desktop", "mobile", "tablet", "unknown");
  const platform = fc.constantFrom("extension", "desktop", "web", "ios", "android");

  it("matches when the session's value is in every given list, and only then", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(deviceType, { minLength: 1 }),
        fc.uniqueArray(platform, { minLength: 1 }),
        deviceType,
        platform,
        (deviceTypes, platforms, d, p) => {
          const rule = compileRule(spec({ match: { deviceTypes, platforms } }), []);
          const expected = deviceTypes.includes(d) && platforms.includes(p);
          expect(rule.matches(session({ deviceType: d, platform: p }), NOW)).toBe(expected);
        },
      ),
    );
  });

  it("compares session ids exactly", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^s-[a-f0-9]{1,6}$/), { minLength: 1 }),
        fc.stringMatching(/^s-[a-f0-9]{1,6}$/),
        (ids, id) => {
          const rule = compileRule(spec({ match: { sessionIds: ids } }), []);
          expect(rule.matches(session({ id }), NOW)).toBe(ids.includes(id));
          expect(rule.matches(session({ id: ids[0]!.toUpperCase() }), NOW)).toBe(
            ids[0] === ids[0]!.toUpperCase(),
          );
        },
      ),
    );
  });
});

const v4Text = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join(".");
const v6Text = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(
    ":",
  );

function inBlock(network: bigint, prefix: number, address: bigint, bits: number): boolean {
  const shift = BigInt(bits - prefix);
  return network >> shift === address >> shift;
}

/** An address in, at the edge of, or just outside the block of `network/prefix`. */
function addressNear(network: bigint, prefix: number, bits: number): fc.Arbitrary<bigint> {
  const size = 1n << BigInt(bits - prefix);
  const first = (network >> BigInt(bits - prefix)) << BigInt(bits - prefix);
  const max = (1n << BigInt(bits)) - 1n;
  const edges = [first, first + size - 1n, first - 1n, first + size].filter(
    (a) => a >= 0n && a <= max,
  );
  return fc.oneof(fc.constantFrom(...edges), fc.bigInt({ min: 0n, max }));
}

describe("IP address blocks", () => {
  it("matches IPv4 addresses exactly inside a CIDR block, edges included", () => {
    const case4 = fc
      .tuple(fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), fc.integer({ min: 0, max: 32 }))
      .chain(([n, p]) => fc.tuple(fc.constant(n), fc.constant(p), addressNear(n, p, 32)));
    fc.assert(
      fc.property(case4, ([network, prefix, address]) => {
        const rule = compileRule(
          spec({ match: { ipAddresses: [`${v4Text(network)}/${prefix}`] } }),
          [],
        );
        const expected = inBlock(network, prefix, address, 32);
        expect(rule.matches(session({ ipAddress: v4Text(address) }), NOW)).toBe(expected);
      }),
    );
  });

  it("matches IPv6 addresses exactly inside a CIDR block, edges included", () => {
    const case6 = fc
      .tuple(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), fc.integer({ min: 0, max: 128 }))
      .chain(([n, p]) => fc.tuple(fc.constant(n), fc.constant(p), addressNear(n, p, 128)));
    fc.assert(
      fc.property(case6, ([network, prefix, address]) => {
        const rule = compileRule(
          spec({ match: { ipAddresses: [`${v6Text(network)}/${prefix}`] } }),
          [],
        );
        const expected = inBlock(network, prefix, address, 128);
        expect(rule.matches(session({ ipAddress: v6Text(address) }), NOW)).toBe(expected);
      }),
    );
  });

  it("treats a bare address as a block of one and ignores the other family", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }),
        fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }),
        (a, b) => {
          const rule = compileRule(
            spec({ match: { ipAddresses: [v4Text(a), "2001:db8::/32"] } }),
            [],
          );
          expect(rule.matches(session({ ipAddress: v4Text(b) }), NOW)).toBe(a === b);
        },
      ),
    );
  });

  it("matches an IPv4-mapped IPv6 session address against an IPv4 block", () => {
    const rule = compileRule(spec({ match: { ipAddresses: ["198.51.100.0/24"] } }), []);
    expect(rule.matches(session({ ipAddress: "::ffff:198.51.100.7" }), NOW)).toBe(true);
    expect(rule.matches(session({ ipAddress: "not-an-address" }), NOW)).toBe(false);
  });
});

/** The shortest text of an IPv6 address, as URL writes it (an independent formatter). */
const v6Short = (n: bigint) => new URL(`http://[${v6Text(n)}]`).hostname.slice(1, -1);

type Written = { text: string; family: "ipv4" | "ipv6" };

/** An address of either family and in any of the ways it is commonly written. */
const anyAddress: fc.Arbitrary<Written> = fc.oneof(
  fc
    .bigInt({ min: 0n, max: 2n ** 32n - 1n })
    .map((n): Written => ({ text: v4Text(n), family: "ipv4" })),
  fc
    .bigInt({ min: 0n, max: 2n ** 32n - 1n })
    .chain((n) =>
      fc.constantFrom(
        { text: `::ffff:${v4Text(n)}`, family: "ipv6" as const },
        { text: v6Short((0xffffn << 32n) | n), family: "ipv6" as const },
        { text: `::${v4Text(n)}`, family: "ipv6" as const },
      ),
    ),
  fc
    .bigInt({ min: 0n, max: 2n ** 128n - 1n })
    .chain((n) =>
      fc.constantFrom(
        { text: v6Text(n), family: "ipv6" as const },
        { text: v6Short(n), family: "ipv6" as const },
      ),
    ),
  // Sparse addresses, so that `::` stands for long runs of zeros.
  fc
    .tuple(fc.nat(7), fc.nat(0xffff), fc.nat(7), fc.nat(0xffff))
    .map(([i, a, j, b]) => (BigInt(a) << BigInt(16 * i)) | (BigInt(b) << BigInt(16 * j)))
    .map((n) => ({ text: v6Short(n), family: "ipv6" as const })),
);

/** A block of either family; its address is often the same as or near a tested address. */
function blockAround(text: string, family: "ipv4" | "ipv6"): fc.Arbitrary<string> {
  const prefix = fc.integer({ min: 0, max: family === "ipv4" ? 32 : 128 });
  return prefix.map((p) => `${text}/${p}`);
}

describe("IP address blocks against node:net's BlockList", () => {
  it("match exactly where BlockList.check does, for either family, mapped forms included", () => {
    const blockAndAddress = fc
      .tuple(anyAddress, anyAddress, fc.boolean())
      .chain(([a, b, near]) =>
        fc.tuple(blockAround((near ? b : a).text, (near ? b : a).family), fc.constant(b)),
      );
    fc.assert(
      fc.property(fc.array(blockAndAddress, { minLength: 1, maxLength: 4 }), (cases) => {
        const blocks = cases.map(([block]) => block);
        const oracle = new BlockList();
        for (const block of blocks) {
          const [address, prefix] = block.split("/");
          oracle.addSubnet(address!, Number(prefix), address!.includes(":") ? "ipv6" : "ipv4");
        }
        const rule = compileRule(spec({ match: { ipAddresses: blocks } }), []);
        for (const [, address] of cases) {
          const expected = oracle.check(address.text, address.family);
          expect(rule.matches(session({ ipAddress: address.text }), NOW), address.text).toBe(
            expected,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores an IPv6 zone, as BlockList does", () => {
    const rule = compileRule(spec({ match: { ipAddresses: ["fe80::/10"] } }), []);
    expect(rule.matches(session({ ipAddress: "fe80::1%eth0" }), NOW)).toBe(true);
    expect(rule.matches(session({ ipAddress: "fe81::1%eth0" }), NOW)).toBe(true);
    expect(rule.matches(session({ ipAddress: "fec0::1%eth0" }), NOW)).toBe(false);
    expect(rule.matches(session({ ipAddress: "198.51.100.7%eth0" }), NOW)).toBe(false);
  });

  it("asks each rule about the same session address without mixing up their blocks", () => {
    const inside = compileRule(spec({ match: { ipAddresses: ["198.51.100.0/24"] } }), []);
    const outside = compileRule(spec({ match: { ipAddresses: ["203.0.113.0/24"] } }), []);
    for (const ipAddress of ["198.51.100.7", "203.0.113.9", "198.51.100.7"]) {
      const s = session({ ipAddress });
      expect([inside.matches(s, NOW), outside.matches(s, NOW)]).toEqual([
        ipAddress.startsWith("198."),
        ipAddress.startsWith("203."),
      ]);
    }
  });
});

type Triple = [number, number, number];
const triple = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30));
const text = (v: Triple) => v.join(".");
const compare = (a: Triple, b: Triple) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe("platform version ranges", () => {
  it('matches "<X" exactly for versions below X', () => {
    fc.assert(
      fc.property(triple, triple, (bound, version) => {
        const rule = compileRule(spec({ match: { platformVersion: `<${text(bound)}` } }), []);
        const matched = rule.matches(session({ platformVersion: text(version) }), NOW);
        expect(matched).toBe(compare(version, bound) < 0);
      }),
    );
  });

  it('matches ">=A <B" exactly for versions from A up to but not including B', () => {
    fc.assert(
      fc.property(triple, triple, triple, (a, b, version) => {
        const rule = compileRule(
          spec({ match: { platformVersion: `>=${text(a)} <${text(b)}` } }),
          [],
        );
        const expected = compare(version, a) >= 0 && compare(version, b) < 0;
        expect(rule.matches(session({ platformVersion: text(version) }), NOW)).toBe(expected);
      }),
    );
  });

  it("orders pre-releases below their release and never matches a non-semver version", () => {
    const rule = compileRule(spec({ match: { platformVersion: "<5.20.0" } }), []);
    expect(rule.matches(session({ platformVersion: "5.20.0-beta.1" }), NOW)).toBe(true);
    expect(rule.matches(session({ platformVersion: "5.20.0" }), NOW)).toBe(false);
    expect(rule.matches(session({ platformVersion: "v5.19.0" }), NOW)).toBe(true);
    expect(rule.matches(session({ platformVersion: "five" }), NOW)).toBe(false);
    expect(rule.matches(session({ platformVersion: "" }), NOW)).toBe(false);
  });
});

describe("canonical form", () => {
  it("is plain sorted JSON without positions or functions", () => {
    const rule = compileRule(
      spec({ members: ["b@x.example", "a@x.example"], match: { browsers: ["safari"] } }),
      ["z@x.example"],
    );
    expect(JSON.stringify(rule.canonical)).toBe(
      '{"id":"r","match":{"browsers":["safari"]},"members":["b@x.example","a@x.example"],' +
        '"protectedMembers":["z@x.example"],"reason":"test"}',
    );
  });

  it("is built on first read and then reads like a plain property, in spreads and JSON", () => {
    const rule = compileRule(spec({ match: { ipAddresses: ["198.51.100.0/24"] } }), []);
    const spread = { ...rule };
    expect(spread.canonical).toBe(rule.canonical);
    expect(Object.keys(rule)).toContain("canonical");
    expect(JSON.parse(JSON.stringify(rule)).canonical).toEqual(rule.canonical);
  });
});
