// Generated from schemas/policy.schema.json by `npm run generate` (scripts/generate-validators.js).
// Do not edit: change the schema and run the command again.
// @ts-nocheck: ajv's standalone code is plain JavaScript.
export const document = validate20;
const schema31 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://nordpass-policy.example/schemas/policy.schema.json",
  title: "PolicyDocument",
  description:
    "One YAML document of a nordpass-policy file (policy language version 1): the session policy of one NordPass organization. Documents naming the same organization merge; a setting given twice for one organization is an error.",
  type: "object",
  additionalProperties: false,
  required: ["organization"],
  properties: {
    version: {
      description: "Policy language version of this document. Only 1 exists; omitted means 1.",
      const: 1,
    },
    organization: {
      description:
        "Organization id on the admin API, e.g. acme. Lower-case letters, digits and '-'.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$",
      maxLength: 63,
    },
    sessionLength: {
      description:
        "Member session length that forces automatic logout: a preset (1h, 4h, 1d, 7d, 30d) or days, hours and minutes in that order (36h, 1d12h, 90m), from 1 hour to 30 days. Over 7 days gets a warning. Omit to leave the live value unmanaged.",
      type: "string",
      pattern: "^(?:[0-9]+d(?:[0-9]+h)?(?:[0-9]+m)?|[0-9]+h(?:[0-9]+m)?|[0-9]+m)$",
    },
    protectedMembers: {
      description:
        "Emails of members whose sessions no revocation rule ever revokes, e.g. break-glass accounts. Compared case-insensitively.",
      type: "array",
      items: { $ref: "#/$defs/Email" },
    },
    guardrails: {
      description: "Limits that stop a run before it does too much.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxRevocations: {
          description:
            "Most sessions one run may log out in this organization (default 100): those it revokes plus those a shorter sessionLength ends at once. More refuses the run unless --allow-mass-revocation is given.",
          type: "integer",
          minimum: 1,
          maximum: 1000000,
          default: 100,
        },
      },
    },
    revocations: {
      description: "Revocation rules: every live session a rule matches is revoked.",
      type: "array",
      items: { $ref: "#/$defs/RevocationRule" },
    },
  },
  $defs: {
    Email: {
      description: "A member's email address.",
      type: "string",
      format: "email",
      maxLength: 254,
    },
    Member: {
      description: 'A member\'s email address, or "*" for every member.',
      anyOf: [{ const: "*" }, { type: "string", format: "email", maxLength: 254 }],
    },
    Instant: {
      description: "An ISO 8601 instant with a time zone, e.g. 2026-12-01T10:00:00Z.",
      type: "string",
      format: "date-time",
    },
    NonEmptyText: {
      description: "Text that is not empty.",
      type: "string",
      minLength: 1,
      maxLength: 200,
    },
    DeviceType: {
      description: "Kind of device a session runs on.",
      enum: ["desktop", "mobile", "tablet", "unknown"],
    },
    Platform: {
      description: "NordPass platform a session runs on.",
      enum: ["extension", "desktop", "web", "ios", "android"],
    },
    RevocationRule: {
      description:
        "Revokes every live session of the listed members that matches all of its conditions, except sessions of protected members.",
      type: "object",
      additionalProperties: false,
      required: ["id", "reason", "members"],
      properties: {
        id: {
          description:
            "Rule id, unique in the organization; recorded with every revocation. Lower-case letters, digits and '-'.",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]*$",
          maxLength: 63,
        },
        reason: {
          description:
            "Why the sessions are revoked, e.g. a ticket number; recorded in the audit log.",
          type: "string",
          minLength: 1,
          maxLength: 500,
        },
        members: {
          description:
            'Emails of the members whose sessions the rule revokes, or "*" for every member. One value or a list.',
          anyOf: [
            { $ref: "#/$defs/Member" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/Member" } },
          ],
        },
        lastLoginBefore: {
          description:
            "Only sessions whose last login is strictly before this instant. A rule with it is done once and stays done.",
          $ref: "#/$defs/Instant",
        },
        lastLoginAfter: {
          description: "Only sessions whose last login is at or after this instant.",
          $ref: "#/$defs/Instant",
        },
        expiresAt: {
          description:
            "The rule stops applying at this instant; after it the rule matches nothing.",
          $ref: "#/$defs/Instant",
        },
        match: {
          description:
            "Conditions on the session (device, browser, platform, version, address); every key given must match. Without it the rule matches every session of its members.",
          $ref: "#/$defs/Match",
        },
      },
    },
    Match: {
      description:
        "Conditions on the session; every key given must match. Each key takes one value or a list, and a list matches when any value does.",
      type: "object",
      additionalProperties: false,
      properties: {
        sessionIds: {
          description: "Session ids, compared exactly.",
          anyOf: [
            { $ref: "#/$defs/NonEmptyText" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
          ],
        },
        deviceTypes: {
          description: "Device types: desktop, mobile, tablet or unknown.",
          anyOf: [
            { $ref: "#/$defs/DeviceType" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/DeviceType" } },
          ],
        },
        browsers: {
          description: "Browser names, compared case-insensitively, e.g. Safari.",
          anyOf: [
            { $ref: "#/$defs/NonEmptyText" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
          ],
        },
        platforms: {
          description: "NordPass platforms: extension, desktop, web, ios or android.",
          anyOf: [
            { $ref: "#/$defs/Platform" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/Platform" } },
          ],
        },
        platformVersion: {
          description:
            'A semver range the session\'s platform version must satisfy, e.g. "<5.20.0".',
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        ipAddresses: {
          description:
            "IPv4 or IPv6 addresses and CIDR blocks, e.g. 198.51.100.0/24 or 2001:db8::/32.",
          anyOf: [
            { $ref: "#/$defs/NonEmptyText" },
            { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
          ],
        },
      },
    },
  },
};
const schema32 = {
  description: "A member's email address.",
  type: "string",
  format: "email",
  maxLength: 254,
};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern5 = new RegExp(
  "^(?:[0-9]+d(?:[0-9]+h)?(?:[0-9]+m)?|[0-9]+h(?:[0-9]+m)?|[0-9]+m)$",
  "u",
);
const formats0 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const schema33 = {
  description:
    "Revokes every live session of the listed members that matches all of its conditions, except sessions of protected members.",
  type: "object",
  additionalProperties: false,
  required: ["id", "reason", "members"],
  properties: {
    id: {
      description:
        "Rule id, unique in the organization; recorded with every revocation. Lower-case letters, digits and '-'.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$",
      maxLength: 63,
    },
    reason: {
      description: "Why the sessions are revoked, e.g. a ticket number; recorded in the audit log.",
      type: "string",
      minLength: 1,
      maxLength: 500,
    },
    members: {
      description:
        'Emails of the members whose sessions the rule revokes, or "*" for every member. One value or a list.',
      anyOf: [
        { $ref: "#/$defs/Member" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/Member" } },
      ],
    },
    lastLoginBefore: {
      description:
        "Only sessions whose last login is strictly before this instant. A rule with it is done once and stays done.",
      $ref: "#/$defs/Instant",
    },
    lastLoginAfter: {
      description: "Only sessions whose last login is at or after this instant.",
      $ref: "#/$defs/Instant",
    },
    expiresAt: {
      description: "The rule stops applying at this instant; after it the rule matches nothing.",
      $ref: "#/$defs/Instant",
    },
    match: {
      description:
        "Conditions on the session (device, browser, platform, version, address); every key given must match. Without it the rule matches every session of its members.",
      $ref: "#/$defs/Match",
    },
  },
};
const schema34 = {
  description: 'A member\'s email address, or "*" for every member.',
  anyOf: [{ const: "*" }, { type: "string", format: "email", maxLength: 254 }],
};
const schema36 = {
  description: "An ISO 8601 instant with a time zone, e.g. 2026-12-01T10:00:00Z.",
  type: "string",
  format: "date-time",
};
const formats6 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const schema39 = {
  description:
    "Conditions on the session; every key given must match. Each key takes one value or a list, and a list matches when any value does.",
  type: "object",
  additionalProperties: false,
  properties: {
    sessionIds: {
      description: "Session ids, compared exactly.",
      anyOf: [
        { $ref: "#/$defs/NonEmptyText" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
      ],
    },
    deviceTypes: {
      description: "Device types: desktop, mobile, tablet or unknown.",
      anyOf: [
        { $ref: "#/$defs/DeviceType" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/DeviceType" } },
      ],
    },
    browsers: {
      description: "Browser names, compared case-insensitively, e.g. Safari.",
      anyOf: [
        { $ref: "#/$defs/NonEmptyText" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
      ],
    },
    platforms: {
      description: "NordPass platforms: extension, desktop, web, ios or android.",
      anyOf: [
        { $ref: "#/$defs/Platform" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/Platform" } },
      ],
    },
    platformVersion: {
      description: 'A semver range the session\'s platform version must satisfy, e.g. "<5.20.0".',
      type: "string",
      minLength: 1,
      maxLength: 200,
    },
    ipAddresses: {
      description: "IPv4 or IPv6 addresses and CIDR blocks, e.g. 198.51.100.0/24 or 2001:db8::/32.",
      anyOf: [
        { $ref: "#/$defs/NonEmptyText" },
        { type: "array", minItems: 1, items: { $ref: "#/$defs/NonEmptyText" } },
      ],
    },
  },
};
const schema40 = {
  description: "Text that is not empty.",
  type: "string",
  minLength: 1,
  maxLength: 200,
};
const schema42 = {
  description: "Kind of device a session runs on.",
  enum: ["desktop", "mobile", "tablet", "unknown"],
};
const schema46 = {
  description: "NordPass platform a session runs on.",
  enum: ["extension", "desktop", "web", "ios", "android"],
};

function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "sessionIds" ||
        key0 === "deviceTypes" ||
        key0 === "browsers" ||
        key0 === "platforms" ||
        key0 === "platformVersion" ||
        key0 === "ipAddresses"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema39,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.sessionIds !== undefined) {
      let data0 = data.sessionIds;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func1(data0) > 200) {
          const err1 = {
            instancePath: instancePath + "/sessionIds",
            schemaPath: "#/$defs/NonEmptyText/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
            schema: 200,
            parentSchema: schema40,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/sessionIds",
            schemaPath: "#/$defs/NonEmptyText/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema40,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/sessionIds",
          schemaPath: "#/$defs/NonEmptyText/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema40.type,
          parentSchema: schema40,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = {
            instancePath: instancePath + "/sessionIds",
            schemaPath: "#/properties/sessionIds/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.sessionIds.anyOf[1],
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) > 200) {
              const err5 = {
                instancePath: instancePath + "/sessionIds/" + i0,
                schemaPath: "#/$defs/NonEmptyText/maxLength",
                keyword: "maxLength",
                params: { limit: 200 },
                message: "must NOT have more than 200 characters",
                schema: 200,
                parentSchema: schema40,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err6 = {
                instancePath: instancePath + "/sessionIds/" + i0,
                schemaPath: "#/$defs/NonEmptyText/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema40,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/sessionIds/" + i0,
              schemaPath: "#/$defs/NonEmptyText/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema40.type,
              parentSchema: schema40,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/sessionIds",
          schemaPath: "#/properties/sessionIds/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.sessionIds.anyOf[1].type,
          parentSchema: schema39.properties.sessionIds.anyOf[1],
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err9 = {
          instancePath: instancePath + "/sessionIds",
          schemaPath: "#/properties/sessionIds/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema39.properties.sessionIds.anyOf,
          parentSchema: schema39.properties.sessionIds,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.deviceTypes !== undefined) {
      let data2 = data.deviceTypes;
      const _errs13 = errors;
      let valid6 = false;
      const _errs14 = errors;
      if (!(
        data2 === "desktop" ||
        data2 === "mobile" ||
        data2 === "tablet" ||
        data2 === "unknown"
      )) {
        const err10 = {
          instancePath: instancePath + "/deviceTypes",
          schemaPath: "#/$defs/DeviceType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
          schema: schema42.enum,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      valid6 = valid6 || _valid1;
      const _errs16 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = {
            instancePath: instancePath + "/deviceTypes",
            schemaPath: "#/properties/deviceTypes/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.deviceTypes.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (!(
            data3 === "desktop" ||
            data3 === "mobile" ||
            data3 === "tablet" ||
            data3 === "unknown"
          )) {
            const err12 = {
              instancePath: instancePath + "/deviceTypes/" + i1,
              schemaPath: "#/$defs/DeviceType/enum",
              keyword: "enum",
              params: { allowedValues: schema42.enum },
              message: "must be equal to one of the allowed values",
              schema: schema42.enum,
              parentSchema: schema42,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/deviceTypes",
          schemaPath: "#/properties/deviceTypes/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.deviceTypes.anyOf[1].type,
          parentSchema: schema39.properties.deviceTypes.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      valid6 = valid6 || _valid1;
      if (!valid6) {
        const err14 = {
          instancePath: instancePath + "/deviceTypes",
          schemaPath: "#/properties/deviceTypes/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema39.properties.deviceTypes.anyOf,
          parentSchema: schema39.properties.deviceTypes,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.browsers !== undefined) {
      let data4 = data.browsers;
      const _errs21 = errors;
      let valid11 = false;
      const _errs22 = errors;
      if (typeof data4 === "string") {
        if (func1(data4) > 200) {
          const err15 = {
            instancePath: instancePath + "/browsers",
            schemaPath: "#/$defs/NonEmptyText/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
            schema: 200,
            parentSchema: schema40,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err16 = {
            instancePath: instancePath + "/browsers",
            schemaPath: "#/$defs/NonEmptyText/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema40,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/browsers",
          schemaPath: "#/$defs/NonEmptyText/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema40.type,
          parentSchema: schema40,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs22 === errors;
      valid11 = valid11 || _valid2;
      const _errs25 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err18 = {
            instancePath: instancePath + "/browsers",
            schemaPath: "#/properties/browsers/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.browsers.anyOf[1],
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func1(data5) > 200) {
              const err19 = {
                instancePath: instancePath + "/browsers/" + i2,
                schemaPath: "#/$defs/NonEmptyText/maxLength",
                keyword: "maxLength",
                params: { limit: 200 },
                message: "must NOT have more than 200 characters",
                schema: 200,
                parentSchema: schema40,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (func1(data5) < 1) {
              const err20 = {
                instancePath: instancePath + "/browsers/" + i2,
                schemaPath: "#/$defs/NonEmptyText/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema40,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + "/browsers/" + i2,
              schemaPath: "#/$defs/NonEmptyText/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema40.type,
              parentSchema: schema40,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/browsers",
          schemaPath: "#/properties/browsers/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.browsers.anyOf[1].type,
          parentSchema: schema39.properties.browsers.anyOf[1],
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      valid11 = valid11 || _valid2;
      if (!valid11) {
        const err23 = {
          instancePath: instancePath + "/browsers",
          schemaPath: "#/properties/browsers/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema39.properties.browsers.anyOf,
          parentSchema: schema39.properties.browsers,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.platforms !== undefined) {
      let data6 = data.platforms;
      const _errs31 = errors;
      let valid16 = false;
      const _errs32 = errors;
      if (!(
        data6 === "extension" ||
        data6 === "desktop" ||
        data6 === "web" ||
        data6 === "ios" ||
        data6 === "android"
      )) {
        const err24 = {
          instancePath: instancePath + "/platforms",
          schemaPath: "#/$defs/Platform/enum",
          keyword: "enum",
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid3 = _errs32 === errors;
      valid16 = valid16 || _valid3;
      const _errs34 = errors;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err25 = {
            instancePath: instancePath + "/platforms",
            schemaPath: "#/properties/platforms/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.platforms.anyOf[1],
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (!(
            data7 === "extension" ||
            data7 === "desktop" ||
            data7 === "web" ||
            data7 === "ios" ||
            data7 === "android"
          )) {
            const err26 = {
              instancePath: instancePath + "/platforms/" + i3,
              schemaPath: "#/$defs/Platform/enum",
              keyword: "enum",
              params: { allowedValues: schema46.enum },
              message: "must be equal to one of the allowed values",
              schema: schema46.enum,
              parentSchema: schema46,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/platforms",
          schemaPath: "#/properties/platforms/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.platforms.anyOf[1].type,
          parentSchema: schema39.properties.platforms.anyOf[1],
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid3 = _errs34 === errors;
      valid16 = valid16 || _valid3;
      if (!valid16) {
        const err28 = {
          instancePath: instancePath + "/platforms",
          schemaPath: "#/properties/platforms/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema39.properties.platforms.anyOf,
          parentSchema: schema39.properties.platforms,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.platformVersion !== undefined) {
      let data8 = data.platformVersion;
      if (typeof data8 === "string") {
        if (func1(data8) > 200) {
          const err29 = {
            instancePath: instancePath + "/platformVersion",
            schemaPath: "#/properties/platformVersion/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
            schema: 200,
            parentSchema: schema39.properties.platformVersion,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err30 = {
            instancePath: instancePath + "/platformVersion",
            schemaPath: "#/properties/platformVersion/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema39.properties.platformVersion,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/platformVersion",
          schemaPath: "#/properties/platformVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema39.properties.platformVersion.type,
          parentSchema: schema39.properties.platformVersion,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.ipAddresses !== undefined) {
      let data9 = data.ipAddresses;
      const _errs41 = errors;
      let valid21 = false;
      const _errs42 = errors;
      if (typeof data9 === "string") {
        if (func1(data9) > 200) {
          const err32 = {
            instancePath: instancePath + "/ipAddresses",
            schemaPath: "#/$defs/NonEmptyText/maxLength",
            keyword: "maxLength",
            params: { limit: 200 },
            message: "must NOT have more than 200 characters",
            schema: 200,
            parentSchema: schema40,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (func1(data9) < 1) {
          const err33 = {
            instancePath: instancePath + "/ipAddresses",
            schemaPath: "#/$defs/NonEmptyText/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema40,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + "/ipAddresses",
          schemaPath: "#/$defs/NonEmptyText/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema40.type,
          parentSchema: schema40,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid4 = _errs42 === errors;
      valid21 = valid21 || _valid4;
      const _errs45 = errors;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err35 = {
            instancePath: instancePath + "/ipAddresses",
            schemaPath: "#/properties/ipAddresses/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.ipAddresses.anyOf[1],
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len4 = data9.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data10 = data9[i4];
          if (typeof data10 === "string") {
            if (func1(data10) > 200) {
              const err36 = {
                instancePath: instancePath + "/ipAddresses/" + i4,
                schemaPath: "#/$defs/NonEmptyText/maxLength",
                keyword: "maxLength",
                params: { limit: 200 },
                message: "must NOT have more than 200 characters",
                schema: 200,
                parentSchema: schema40,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (func1(data10) < 1) {
              const err37 = {
                instancePath: instancePath + "/ipAddresses/" + i4,
                schemaPath: "#/$defs/NonEmptyText/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema40,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = {
              instancePath: instancePath + "/ipAddresses/" + i4,
              schemaPath: "#/$defs/NonEmptyText/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema40.type,
              parentSchema: schema40,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + "/ipAddresses",
          schemaPath: "#/properties/ipAddresses/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.ipAddresses.anyOf[1].type,
          parentSchema: schema39.properties.ipAddresses.anyOf[1],
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid4 = _errs45 === errors;
      valid21 = valid21 || _valid4;
      if (!valid21) {
        const err40 = {
          instancePath: instancePath + "/ipAddresses",
          schemaPath: "#/properties/ipAddresses/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema39.properties.ipAddresses.anyOf,
          parentSchema: schema39.properties.ipAddresses,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema39.type,
      parentSchema: schema39,
      data,
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "reason" },
        message: "must have required property '" + "reason" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.members === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "members" },
        message: "must have required property '" + "members" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "reason" ||
        key0 === "members" ||
        key0 === "lastLoginBefore" ||
        key0 === "lastLoginAfter" ||
        key0 === "expiresAt" ||
        key0 === "match"
      )) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema33,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/maxLength",
            keyword: "maxLength",
            params: { limit: 63 },
            message: "must NOT have more than 63 characters",
            schema: 63,
            parentSchema: schema33.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
            message: 'must match pattern "' + "^[a-z0-9][a-z0-9-]*$" + '"',
            schema: "^[a-z0-9][a-z0-9-]*$",
            parentSchema: schema33.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/properties/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.id.type,
          parentSchema: schema33.properties.id,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func1(data1) > 500) {
          const err7 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
            schema: 500,
            parentSchema: schema33.properties.reason,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33.properties.reason,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/properties/reason/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.reason.type,
          parentSchema: schema33.properties.reason,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.members !== undefined) {
      let data2 = data.members;
      const _errs7 = errors;
      let valid1 = false;
      const _errs8 = errors;
      const _errs10 = errors;
      let valid3 = false;
      const _errs11 = errors;
      if ("*" !== data2) {
        const err10 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf/0/const",
          keyword: "const",
          params: { allowedValue: "*" },
          message: "must be equal to constant",
          schema: "*",
          parentSchema: schema34.anyOf[0],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs11 === errors;
      valid3 = valid3 || _valid1;
      const _errs12 = errors;
      if (typeof data2 === "string") {
        if (func1(data2) > 254) {
          const err11 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/$defs/Member/anyOf/1/maxLength",
            keyword: "maxLength",
            params: { limit: 254 },
            message: "must NOT have more than 254 characters",
            schema: 254,
            parentSchema: schema34.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!formats0.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/$defs/Member/anyOf/1/format",
            keyword: "format",
            params: { format: "email" },
            message: 'must match format "' + "email" + '"',
            schema: "email",
            parentSchema: schema34.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema34.anyOf[1].type,
          parentSchema: schema34.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const err14 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema34.anyOf,
          parentSchema: schema34,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      const _errs14 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err15 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/properties/members/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema33.properties.members.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs18 = errors;
          let valid7 = false;
          const _errs19 = errors;
          if ("*" !== data3) {
            const err16 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf/0/const",
              keyword: "const",
              params: { allowedValue: "*" },
              message: "must be equal to constant",
              schema: "*",
              parentSchema: schema34.anyOf[0],
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid2 = _errs19 === errors;
          valid7 = valid7 || _valid2;
          const _errs20 = errors;
          if (typeof data3 === "string") {
            if (func1(data3) > 254) {
              const err17 = {
                instancePath: instancePath + "/members/" + i0,
                schemaPath: "#/$defs/Member/anyOf/1/maxLength",
                keyword: "maxLength",
                params: { limit: 254 },
                message: "must NOT have more than 254 characters",
                schema: 254,
                parentSchema: schema34.anyOf[1],
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!formats0.test(data3)) {
              const err18 = {
                instancePath: instancePath + "/members/" + i0,
                schemaPath: "#/$defs/Member/anyOf/1/format",
                keyword: "format",
                params: { format: "email" },
                message: 'must match format "' + "email" + '"',
                schema: "email",
                parentSchema: schema34.anyOf[1],
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf/1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.anyOf[1].type,
              parentSchema: schema34.anyOf[1],
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid2 = _errs20 === errors;
          valid7 = valid7 || _valid2;
          if (!valid7) {
            const err20 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema34.anyOf,
              parentSchema: schema34,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/properties/members/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema33.properties.members.anyOf[1].type,
          parentSchema: schema33.properties.members.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err22 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/properties/members/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema33.properties.members.anyOf,
          parentSchema: schema33.properties.members,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.lastLoginBefore !== undefined) {
      let data4 = data.lastLoginBefore;
      if (typeof data4 === "string") {
        if (!formats6.validate(data4)) {
          const err23 = {
            instancePath: instancePath + "/lastLoginBefore",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/lastLoginBefore",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.lastLoginAfter !== undefined) {
      let data5 = data.lastLoginAfter;
      if (typeof data5 === "string") {
        if (!formats6.validate(data5)) {
          const err25 = {
            instancePath: instancePath + "/lastLoginAfter",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/lastLoginAfter",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.expiresAt !== undefined) {
      let data6 = data.expiresAt;
      if (typeof data6 === "string") {
        if (!formats6.validate(data6)) {
          const err27 = {
            instancePath: instancePath + "/expiresAt",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/expiresAt",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.match !== undefined) {
      if (
        !validate22(data.match, {
          instancePath: instancePath + "/match",
          parentData: data,
          parentDataProperty: "match",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err29 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://nordpass-policy.example/schemas/policy.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.organization === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "organization" },
        message: "must have required property '" + "organization" + "'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "version" ||
        key0 === "organization" ||
        key0 === "sessionLength" ||
        key0 === "protectedMembers" ||
        key0 === "guardrails" ||
        key0 === "revocations"
      )) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/properties/version/const",
          keyword: "const",
          params: { allowedValue: 1 },
          message: "must be equal to constant",
          schema: 1,
          parentSchema: schema31.properties.version,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.organization !== undefined) {
      let data1 = data.organization;
      if (typeof data1 === "string") {
        if (func1(data1) > 63) {
          const err3 = {
            instancePath: instancePath + "/organization",
            schemaPath: "#/properties/organization/maxLength",
            keyword: "maxLength",
            params: { limit: 63 },
            message: "must NOT have more than 63 characters",
            schema: 63,
            parentSchema: schema31.properties.organization,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err4 = {
            instancePath: instancePath + "/organization",
            schemaPath: "#/properties/organization/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
            message: 'must match pattern "' + "^[a-z0-9][a-z0-9-]*$" + '"',
            schema: "^[a-z0-9][a-z0-9-]*$",
            parentSchema: schema31.properties.organization,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/organization",
          schemaPath: "#/properties/organization/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema31.properties.organization.type,
          parentSchema: schema31.properties.organization,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.sessionLength !== undefined) {
      let data2 = data.sessionLength;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err6 = {
            instancePath: instancePath + "/sessionLength",
            schemaPath: "#/properties/sessionLength/pattern",
            keyword: "pattern",
            params: {
              pattern: "^(?:[0-9]+d(?:[0-9]+h)?(?:[0-9]+m)?|[0-9]+h(?:[0-9]+m)?|[0-9]+m)$",
            },
            message:
              'must match pattern "' +
              "^(?:[0-9]+d(?:[0-9]+h)?(?:[0-9]+m)?|[0-9]+h(?:[0-9]+m)?|[0-9]+m)$" +
              '"',
            schema: "^(?:[0-9]+d(?:[0-9]+h)?(?:[0-9]+m)?|[0-9]+h(?:[0-9]+m)?|[0-9]+m)$",
            parentSchema: schema31.properties.sessionLength,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/sessionLength",
          schemaPath: "#/properties/sessionLength/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema31.properties.sessionLength.type,
          parentSchema: schema31.properties.sessionLength,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.protectedMembers !== undefined) {
      let data3 = data.protectedMembers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func1(data4) > 254) {
              const err8 = {
                instancePath: instancePath + "/protectedMembers/" + i0,
                schemaPath: "#/$defs/Email/maxLength",
                keyword: "maxLength",
                params: { limit: 254 },
                message: "must NOT have more than 254 characters",
                schema: 254,
                parentSchema: schema32,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!formats0.test(data4)) {
              const err9 = {
                instancePath: instancePath + "/protectedMembers/" + i0,
                schemaPath: "#/$defs/Email/format",
                keyword: "format",
                params: { format: "email" },
                message: 'must match format "' + "email" + '"',
                schema: "email",
                parentSchema: schema32,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/protectedMembers/" + i0,
              schemaPath: "#/$defs/Email/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema32.type,
              parentSchema: schema32,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/protectedMembers",
          schemaPath: "#/properties/protectedMembers/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema31.properties.protectedMembers.type,
          parentSchema: schema31.properties.protectedMembers,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.guardrails !== undefined) {
      let data5 = data.guardrails;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "maxRevocations")) {
            const err12 = {
              instancePath: instancePath + "/guardrails",
              schemaPath: "#/properties/guardrails/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema31.properties.guardrails,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.maxRevocations !== undefined) {
          let data6 = data5.maxRevocations;
          if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
            const err13 = {
              instancePath: instancePath + "/guardrails/maxRevocations",
              schemaPath: "#/properties/guardrails/properties/maxRevocations/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema31.properties.guardrails.properties.maxRevocations.type,
              parentSchema: schema31.properties.guardrails.properties.maxRevocations,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 1000000 || isNaN(data6)) {
              const err14 = {
                instancePath: instancePath + "/guardrails/maxRevocations",
                schemaPath: "#/properties/guardrails/properties/maxRevocations/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 1000000 },
                message: "must be <= 1000000",
                schema: 1000000,
                parentSchema: schema31.properties.guardrails.properties.maxRevocations,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err15 = {
                instancePath: instancePath + "/guardrails/maxRevocations",
                schemaPath: "#/properties/guardrails/properties/maxRevocations/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema31.properties.guardrails.properties.maxRevocations,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/guardrails",
          schemaPath: "#/properties/guardrails/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema31.properties.guardrails.type,
          parentSchema: schema31.properties.guardrails,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.revocations !== undefined) {
      let data7 = data.revocations;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate21(data7[i1], {
              instancePath: instancePath + "/revocations/" + i1,
              parentData: data7,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/revocations",
          schemaPath: "#/properties/revocations/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema31.properties.revocations.type,
          parentSchema: schema31.properties.revocations,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const rule = validate25;

function validate25(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "reason" },
        message: "must have required property '" + "reason" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.members === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "members" },
        message: "must have required property '" + "members" + "'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "id" ||
        key0 === "reason" ||
        key0 === "members" ||
        key0 === "lastLoginBefore" ||
        key0 === "lastLoginAfter" ||
        key0 === "expiresAt" ||
        key0 === "match"
      )) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema33,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/maxLength",
            keyword: "maxLength",
            params: { limit: 63 },
            message: "must NOT have more than 63 characters",
            schema: 63,
            parentSchema: schema33.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/properties/id/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
            message: 'must match pattern "' + "^[a-z0-9][a-z0-9-]*$" + '"',
            schema: "^[a-z0-9][a-z0-9-]*$",
            parentSchema: schema33.properties.id,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/properties/id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.id.type,
          parentSchema: schema33.properties.id,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data1 = data.reason;
      if (typeof data1 === "string") {
        if (func1(data1) > 500) {
          const err7 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/maxLength",
            keyword: "maxLength",
            params: { limit: 500 },
            message: "must NOT have more than 500 characters",
            schema: 500,
            parentSchema: schema33.properties.reason,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33.properties.reason,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/properties/reason/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.reason.type,
          parentSchema: schema33.properties.reason,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.members !== undefined) {
      let data2 = data.members;
      const _errs7 = errors;
      let valid1 = false;
      const _errs8 = errors;
      const _errs10 = errors;
      let valid3 = false;
      const _errs11 = errors;
      if ("*" !== data2) {
        const err10 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf/0/const",
          keyword: "const",
          params: { allowedValue: "*" },
          message: "must be equal to constant",
          schema: "*",
          parentSchema: schema34.anyOf[0],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs11 === errors;
      valid3 = valid3 || _valid1;
      const _errs12 = errors;
      if (typeof data2 === "string") {
        if (func1(data2) > 254) {
          const err11 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/$defs/Member/anyOf/1/maxLength",
            keyword: "maxLength",
            params: { limit: 254 },
            message: "must NOT have more than 254 characters",
            schema: 254,
            parentSchema: schema34.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!formats0.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/$defs/Member/anyOf/1/format",
            keyword: "format",
            params: { format: "email" },
            message: 'must match format "' + "email" + '"',
            schema: "email",
            parentSchema: schema34.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf/1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema34.anyOf[1].type,
          parentSchema: schema34.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid3 = valid3 || _valid1;
      if (!valid3) {
        const err14 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/$defs/Member/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema34.anyOf,
          parentSchema: schema34,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      const _errs14 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err15 = {
            instancePath: instancePath + "/members",
            schemaPath: "#/properties/members/anyOf/1/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema33.properties.members.anyOf[1],
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          const _errs18 = errors;
          let valid7 = false;
          const _errs19 = errors;
          if ("*" !== data3) {
            const err16 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf/0/const",
              keyword: "const",
              params: { allowedValue: "*" },
              message: "must be equal to constant",
              schema: "*",
              parentSchema: schema34.anyOf[0],
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid2 = _errs19 === errors;
          valid7 = valid7 || _valid2;
          const _errs20 = errors;
          if (typeof data3 === "string") {
            if (func1(data3) > 254) {
              const err17 = {
                instancePath: instancePath + "/members/" + i0,
                schemaPath: "#/$defs/Member/anyOf/1/maxLength",
                keyword: "maxLength",
                params: { limit: 254 },
                message: "must NOT have more than 254 characters",
                schema: 254,
                parentSchema: schema34.anyOf[1],
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (!formats0.test(data3)) {
              const err18 = {
                instancePath: instancePath + "/members/" + i0,
                schemaPath: "#/$defs/Member/anyOf/1/format",
                keyword: "format",
                params: { format: "email" },
                message: 'must match format "' + "email" + '"',
                schema: "email",
                parentSchema: schema34.anyOf[1],
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf/1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.anyOf[1].type,
              parentSchema: schema34.anyOf[1],
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid2 = _errs20 === errors;
          valid7 = valid7 || _valid2;
          if (!valid7) {
            const err20 = {
              instancePath: instancePath + "/members/" + i0,
              schemaPath: "#/$defs/Member/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema34.anyOf,
              parentSchema: schema34,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/properties/members/anyOf/1/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema33.properties.members.anyOf[1].type,
          parentSchema: schema33.properties.members.anyOf[1],
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err22 = {
          instancePath: instancePath + "/members",
          schemaPath: "#/properties/members/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf",
          schema: schema33.properties.members.anyOf,
          parentSchema: schema33.properties.members,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.lastLoginBefore !== undefined) {
      let data4 = data.lastLoginBefore;
      if (typeof data4 === "string") {
        if (!formats6.validate(data4)) {
          const err23 = {
            instancePath: instancePath + "/lastLoginBefore",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/lastLoginBefore",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.lastLoginAfter !== undefined) {
      let data5 = data.lastLoginAfter;
      if (typeof data5 === "string") {
        if (!formats6.validate(data5)) {
          const err25 = {
            instancePath: instancePath + "/lastLoginAfter",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/lastLoginAfter",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.expiresAt !== undefined) {
      let data6 = data.expiresAt;
      if (typeof data6 === "string") {
        if (!formats6.validate(data6)) {
          const err27 = {
            instancePath: instancePath + "/expiresAt",
            schemaPath: "#/$defs/Instant/format",
            keyword: "format",
            params: { format: "date-time" },
            message: 'must match format "' + "date-time" + '"',
            schema: "date-time",
            parentSchema: schema36,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/expiresAt",
          schemaPath: "#/$defs/Instant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema36.type,
          parentSchema: schema36,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.match !== undefined) {
      if (
        !validate22(data.match, {
          instancePath: instancePath + "/match",
          parentData: data,
          parentDataProperty: "match",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err29 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
