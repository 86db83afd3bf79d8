import Database from "better-sqlite3";
import type { AuditEvent, DeviceType, Member, Platform, Role, Session } from "../api/types";

/**
 * The emulator's state in SQLite: organizations, tokens, members, sessions, the audit log
 * and stored idempotent answers. Every method is synchronous, so a request handler that
 * runs inside one transaction is atomic with respect to every other request.
 */
export interface OrganizationRow {
  id: string;
  name: string;
  sessionLengthSeconds: number;
  settingsVersion: number;
}

export interface TokenRow {
  organizationId: string;
  name: string;
  digest: Buffer;
  role: Role;
}

export interface SessionRow {
  id: string;
  memberId: string;
  /** Filled by reads (joined from members); ignored on insert. */
  memberEmail?: string;
  deviceType: DeviceType;
  browser: string;
  platform: Platform;
  platformVersion: string;
  ipAddress: string;
  lastLoginMs: number;
}

export interface NewEvent {
  atMs: number;
  actor: string;
  action: string;
  target: string;
  ruleId: string | null;
  reason: string | null;
  details: Record<string, string | number>;
}

/** An answer kept for Idempotency-Key replay. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organizations (
  id TEXT PRIMARY KEY, name TEXT NOT NULL,
  session_length_seconds INTEGER NOT NULL, settings_version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  organization_id TEXT NOT NULL, name TEXT NOT NULL, digest BLOB NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (organization_id, name));
CREATE TABLE IF NOT EXISTS members (
  organization_id TEXT NOT NULL, id TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (organization_id, id), UNIQUE (organization_id, email));
CREATE TABLE IF NOT EXISTS sessions (
  organization_id TEXT NOT NULL, id TEXT NOT NULL, member_id TEXT NOT NULL,
  device_type TEXT NOT NULL, browser TEXT NOT NULL, platform TEXT NOT NULL,
  platform_version TEXT NOT NULL, ip_address TEXT NOT NULL, last_login_ms INTEGER NOT NULL,
  PRIMARY KEY (organization_id, id));
CREATE INDEX IF NOT EXISTS sessions_by_member ON sessions (organization_id, member_id, id);
CREATE INDEX IF NOT EXISTS sessions_by_login ON sessions (organization_id, last_login_ms);
CREATE TABLE IF NOT EXISTS events (
  organization_id TEXT NOT NULL, id TEXT NOT NULL, at_ms INTEGER NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, target TEXT NOT NULL, rule_id TEXT, reason TEXT, details TEXT NOT NULL,
  PRIMARY KEY (organization_id, id));
CREATE TABLE IF NOT EXISTS idempotency (
  scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (scope, key));
`;

const SESSION_COLUMNS = `s.id, s.member_id AS memberId, m.email AS memberEmail,
  s.device_type AS deviceType, s.browser, s.platform, s.platform_version AS platformVersion,
  s.ip_address AS ipAddress, s.last_login_ms AS lastLoginMs`;
const SESSION_FROM = `FROM sessions s JOIN members m
  ON m.organization_id = s.organization_id AND m.id = s.member_id`;

/** Event ids are zero-padded sequence numbers, so sorting by id is sorting by time. */
const EVENT_ID_DIGITS = 12;

export class EmulatorStore {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<EmulatorStore["prepare"]>;

  /** Opens (and creates) the database: a file in WAL mode, or memory when `file` is absent. */
  constructor(file?: string) {
    this.db = new Database(file ?? ":memory:");
    if (file !== undefined) this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.exec(SCHEMA);
    this.statements = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      getMeta: db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?"),
      setMeta: db.prepare(
        `INSERT INTO meta (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
      countOrganizations: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM organizations"),
      getOrganization: db.prepare<[string], OrganizationRow>(
        `SELECT id, name, session_length_seconds AS sessionLengthSeconds,
         settings_version AS settingsVersion FROM organizations WHERE id = ?`,
      ),
      insertOrganization: db.prepare(
        `INSERT INTO organizations (id, name, session_length_seconds, settings_version)
         VALUES (?, ?, ?, 1)`,
      ),
      updateSessionLength: db.prepare(
        `UPDATE organizations
         SET session_length_seconds = ?, settings_version = settings_version + 1
         WHERE id = ?`,
      ),
      allTokens: db.prepare<[], TokenRow>(
        `SELECT organization_id AS organizationId, name, digest, role FROM tokens
         ORDER BY organization_id, name`,
      ),
      insertToken: db.prepare(
        "INSERT INTO tokens (organization_id, name, digest, role) VALUES (?, ?, ?, ?)",
      ),
      insertMember: db.prepare(
        "INSERT INTO members (organization_id, id, email, role) VALUES (?, ?, ?, ?)",
      ),
      getMember: db.prepare<[string, string], Member>(
        "SELECT id, email, role FROM members WHERE organization_id = ? AND id = ?",
      ),
      getMemberByEmail: db.prepare<[string, string], Member>(
        "SELECT id, email, role FROM members WHERE organization_id = ? AND email = ?",
      ),
      pageMembers: db.prepare<[string, string, number], Member>(
        `SELECT id, email, role FROM members WHERE organization_id = ? AND id > ?
         ORDER BY id LIMIT ?`,
      ),
      insertSession: db.prepare(
        `INSERT INTO sessions (organization_id, id, member_id, device_type, browser, platform,
         platform_version, ip_address, last_login_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getSession: db.prepare<[string, string], SessionRow>(
        `SELECT ${SESSION_COLUMNS} ${SESSION_FROM} WHERE s.organization_id = ? AND s.id = ?`,
      ),
      pageSessions: db.prepare<[string, string, number], SessionRow>(
        `SELECT ${SESSION_COLUMNS} ${SESSION_FROM} WHERE s.organization_id = ? AND s.id > ?
         ORDER BY s.id LIMIT ?`,
      ),
      pageMemberSessions: db.prepare<[string, string, string, number], SessionRow>(
        `SELECT ${SESSION_COLUMNS} ${SESSION_FROM} WHERE s.organization_id = ?
         AND s.member_id = ? AND s.id > ? ORDER BY s.id LIMIT ?`,
      ),
      memberSessionIds: db.prepare<[string, string], { id: string }>(
        "SELECT id FROM sessions WHERE organization_id = ? AND member_id = ? ORDER BY id",
      ),
      deleteSession: db.prepare("DELETE FROM sessions WHERE organization_id = ? AND id = ?"),
      // The bare column keeps this a range search of sessions_by_login: it runs on every
      // request, and an expression over the column would scan the whole organization.
      sweep: db.prepare("DELETE FROM sessions WHERE organization_id = ? AND last_login_ms <= ?"),
      lastEventId: db.prepare<[string], { id: string }>(
        "SELECT id FROM events WHERE organization_id = ? ORDER BY id DESC LIMIT 1",
      ),
      insertEvent: db.prepare(
        `INSERT INTO events (organization_id, id, at_ms, actor, action, target, rule_id, reason,
         details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      pageEvents: db.prepare<[string, string, number], EventRow>(
        `SELECT id, at_ms AS atMs, actor, action, target, rule_id AS ruleId, reason, details
         FROM events WHERE organization_id = ? AND id > ? ORDER BY id LIMIT ?`,
      ),
      getAnswer: db.prepare<[string, string], StoredAnswer>(
        "SELECT fingerprint, status, body FROM idempotency WHERE scope = ? AND key = ?",
      ),
      putAnswer: db.prepare(
        "INSERT INTO idempotency (scope, key, fingerprint, status, body) VALUES (?, ?, ?, ?, ?)",
      ),
    };
  }

  /** Runs `work` in one transaction: all of it happens, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  close(): void {
    this.db.close();
  }

  isEmpty(): boolean {
    return (this.statements.countOrganizations.get()?.n ?? 0) === 0;
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }

  getOrganization(id: string): OrganizationRow | undefined {
    return this.statements.getOrganization.get(id);
  }

  insertOrganization(id: string, name: string, sessionLengthSeconds: number): void {
    this.statements.insertOrganization.run(id, name, sessionLengthSeconds);
  }

  setSessionLength(organizationId: string, seconds: number): void {
    this.statements.updateSessionLength.run(seconds, organizationId);
  }

  allTokens(): TokenRow[] {
    return this.statements.allTokens.all();
  }

  insertToken(row: TokenRow): void {
    this.statements.insertToken.run(row.organizationId, row.name, row.digest, row.role);
  }

  insertMember(organizationId: string, member: Member): void {
    this.statements.insertMember.run(organizationId, member.id, member.email, member.role);
  }

  getMember(organizationId: string, id: string): Member | undefined {
    return this.statements.getMember.get(organizationId, id);
  }

  getMemberByEmail(organizationId: string, email: string): Member | undefined {
    return this.statements.getMemberByEmail.get(organizationId, email);
  }

  /** Members with an id after `afterId`, in id order. */
  pageMembers(organizationId: string, afterId: string, limit: number): Member[] {
    return this.statements.pageMembers.all(organizationId, afterId, limit);
  }

  insertSession(organizationId: string, session: SessionRow): void {
    const s = session;
    this.statements.insertSession.run(
      organizationId,
      s.id,
      s.memberId,
      s.deviceType,
      s.browser,
      s.platform,
      s.platformVersion,
      s.ipAddress,
      s.lastLoginMs,
    );
  }

  getSession(organizationId: string, id: string): SessionRow | undefined {
    return this.statements.getSession.get(organizationId, id);
  }

  /** Sessions with an id after `afterId`, in id order, optionally of one member only. */
  pageSessions(
    organizationId: string,
    afterId: string,
    limit: number,
    memberId?: string,
  ): SessionRow[] {
    return memberId === undefined
      ? this.statements.pageSessions.all(organizationId, afterId, limit)
      : this.statements.pageMemberSessions.all(organizationId, memberId, afterId, limit);
  }

  memberSessionIds(organizationId: string, memberId: string): string[] {
    return this.statements.memberSessionIds.all(organizationId, memberId).map((row) => row.id);
  }

  /** True when the session existed and is now gone. */
  deleteSession(organizationId: string, id: string): boolean {
    return this.statements.deleteSession.run(organizationId, id).changes > 0;
  }

  /** Removes every session that ended by `nowMs` under the current session length. */
  sweepEndedSessions(organization: OrganizationRow, nowMs: number): number {
    const lastLoginCutoff = nowMs - organization.sessionLengthSeconds * 1000;
    return this.statements.sweep.run(organization.id, lastLoginCutoff).changes;
  }

  appendEvent(organizationId: string, event: NewEvent): void {
    const last = this.statements.lastEventId.get(organizationId)?.id;
    const next = (last === undefined ? 0 : Number(last.slice(3))) + 1;
    const id = `ev-${String(next).padStart(EVENT_ID_DIGITS, "0")}`;
    this.statements.insertEvent.run(
      organizationId,
      id,
      event.atMs,
      event.actor,
      event.action,
      event.target,
      event.ruleId,
      event.reason,
      JSON.stringify(event.details),
    );
  }

  pageEvents(organizationId: string, afterId: string, limit: number): AuditEvent[] {
    return this.statements.pageEvents.all(organizationId, afterId, limit).map(toAuditEvent);
  }

  getAnswer(scope: string, key: string): StoredAnswer | undefined {
    return this.statements.getAnswer.get(scope, key);
  }

  putAnswer(scope: string, key: string, answer: StoredAnswer): void {
    this.statements.putAnswer.run(scope, key, answer.fingerprint, answer.status, answer.body);
  }
}

interface EventRow {
  id: string;
  atMs: number;
  actor: string;
  action: string;
  target: string;
  ruleId: string | null;
  reason: string | null;
  details: string;
}

function toAuditEvent(row: EventRow): AuditEvent {
  return {
    id: row.id,
    at: new Date(row.atMs).toISOString(),
    actor: row.actor,
    action: row.action,
    target: row.target,
    ruleId: row.ruleId,
    reason: row.reason,
    details: JSON.parse(row.details) as Record<string, string | number>,
  };
}

/** The API shape of a stored session; `expiresAt` follows the current session length. */
export function toApiSession(row: SessionRow, sessionLengthSeconds: number): Session {
  return {
    id: row.id,
    memberId: row.memberId,
    memberEmail: row.memberEmail ?? "",
    deviceType: row.deviceType,
    browser: row.browser,
    platform: row.platform,
    platformVersion: row.platformVersion,
    ipAddress: row.ipAddress,
    lastLoginAt: new Date(row.lastLoginMs).toISOString(),
    expiresAt: new Date(row.lastLoginMs + sessionLengthSeconds * 1000).toISOString(),
  };
}
