/**
 * Which message a received payload is. The client has already matched the channel (the address the transport
 * reports); the route of that channel, worked out by the generator, lists the messages that may arrive on it
 * and the property that tells them apart, if one does. The payload is then checked against the schema of the
 * message it is (or, without such a property, tried against each schema, narrowest first): a payload that is no
 * message of its channel, or that breaks its message's schema, is never delivered as one. Copied as is into
 * every package generated for a plain-payload document.
 */
import { formatIssues, validateDecoded, type SendSchema, type ValidationIssue } from './validate.js';

export type DiscriminatorValue = string | number | boolean | null;

export interface ReceiveRoute {
  /** The messages that may arrive, in the order their schemas are tried (a narrower schema first). */
  readonly messages: readonly string[];
  /** The property whose value names the message, and the messages each value stands for. */
  readonly discriminator?: {
    readonly field: string;
    readonly values: ReadonlyArray<{ readonly value: DiscriminatorValue; readonly messages: readonly string[] }>;
  };
}

export type Identified =
  | { readonly ok: true; readonly name: string }
  | {
      readonly ok: false;
      /** `unknown-message`: no message of the channel; `invalid-payload`: the message it is, but its schema rejects it. */
      readonly code: 'unknown-message' | 'invalid-payload';
      readonly reason: string;
      /** What the schema check found, each naming the field (`payload.percentage`). */
      readonly issues: readonly ValidationIssue[];
    };

export interface IdentifyOptions {
  /** Check the payload against the schema of the message it is (default true). */
  validate: boolean;
  /** How many schema nodes the check may visit (default: the validator's); grows with the payload, so a large valid one is not refused. */
  maxVisits?: number;
}

/** Where the checks name fields from: `payload.percentage must be at most 100 (got 500)`. */
export const PAYLOAD_ROOT = 'payload';

/**
 * Which message of `route` the payload is. With `validate` off, a payload the channel or its discriminator
 * names is taken as is; where only the schemas can tell the candidates apart, they still decide.
 */
export function identify(route: ReceiveRoute, schemas: Readonly<Record<string, SendSchema>>, payload: unknown, options: IdentifyOptions): Identified {
  let candidates = route.messages;
  const discriminator = route.discriminator;
  if (discriminator !== undefined) {
    const value = isObject(payload) && Object.hasOwn(payload, discriminator.field) ? payload[discriminator.field] : undefined;
    const entry = discriminator.values.find((v) => v.value === value);
    if (entry === undefined) {
      const issues = validateDecoded(discriminatorSchema(discriminator.field, discriminator.values.map((v) => v.value)), payload, PAYLOAD_ROOT);
      return { ok: false, code: 'unknown-message', reason: `matches no message of its channel: ${formatIssues(issues)}`, issues };
    }
    candidates = entry.messages;
  }
  if (candidates.length === 0) return { ok: false, code: 'unknown-message', reason: 'arrived where the client receives no message', issues: [] };
  if (candidates.length === 1) {
    const name = candidates[0]!;
    if (!options.validate) return identified(name);
    const issues = checkAs(schemas, name, payload, options.maxVisits);
    if (issues.length === 0) return identified(name);
    return { ok: false, code: 'invalid-payload', reason: `${name} payload does not match its schema: ${formatIssues(issues)}`, issues };
  }
  const misses: Array<{ name: string; issues: readonly ValidationIssue[] }> = [];
  for (const name of candidates) {
    const issues = checkAs(schemas, name, payload, options.maxVisits);
    if (issues.length === 0) return identified(name);
    misses.push({ name, issues });
  }
  const closest = misses.reduce((best, miss) => (miss.issues.length < best.issues.length ? miss : best));
  const each = misses.map((m) => `${m.name}: ${formatIssues(m.issues, 2)}`).join('; ');
  return { ok: false, code: 'unknown-message', reason: `matches no message of its channel (${each})`, issues: closest.issues };
}

function checkAs(schemas: Readonly<Record<string, SendSchema>>, name: string, payload: unknown, maxVisits: number | undefined): readonly ValidationIssue[] {
  const schema = schemas[name];
  if (schema === undefined) return [{ path: PAYLOAD_ROOT, message: `cannot be validated (no schema for ${name})` }];
  // Without a bound of its own, the validator's default.
  return maxVisits === undefined ? validateDecoded(schema, payload, PAYLOAD_ROOT) : validateDecoded(schema, payload, PAYLOAD_ROOT, maxVisits);
}

/** One answer per message name, shared: identifying a message allocates no result of its own. */
const IDENTIFIED = new Map<string, Identified>();
function identified(name: string): Identified {
  let answer = IDENTIFIED.get(name);
  if (answer === undefined) IDENTIFIED.set(name, (answer = Object.freeze({ ok: true, name })));
  return answer;
}

/** The check a discriminator stands for, so a miss reads like every other: `payload.type must be one of 'a', 'b' (got 'c')`. */
function discriminatorSchema(field: string, values: readonly DiscriminatorValue[]): SendSchema {
  return { message: 'discriminator', root: { type: 'object', required: [field], properties: { [field]: { enum: values } } }, defs: {} };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How many schema nodes the check of a received message may visit: the validator's own bound (made for values a
 * program builds, where shared sub-objects can make a walk explode) plus 16 per byte, since a decoded message is
 * a tree no larger than its text, and a large valid message must not be refused for its size.
 */
export function visitBudget(data: string | Uint8Array): number {
  return 100_000 + 16 * (typeof data === 'string' ? data.length : data.byteLength);
}
