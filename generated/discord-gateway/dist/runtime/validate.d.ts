/**
 * Send-path payload validation against the JSON Schema subset the generator emits.
 * A bad argument to a generated send method (also from plain JavaScript) fails here with a
 * path-qualified message, before it reaches the socket. Never throws, never prints a secret.
 * Packages generated for plain-payload documents get a copy of this file, and check received
 * messages with it too.
 */
export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
/** A JSON Schema subset, already normalised by the generator (nullable already turned into type: [..., 'null']). */
export interface SchemaNode {
    type?: SchemaType | readonly SchemaType[];
    enum?: readonly unknown[];
    const?: unknown;
    properties?: Readonly<Record<string, SchemaNode>>;
    required?: readonly string[];
    additionalProperties?: boolean | SchemaNode;
    items?: SchemaNode;
    minItems?: number;
    maxItems?: number;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    exclusiveMaximum?: number;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    oneOf?: readonly SchemaNode[];
    anyOf?: readonly SchemaNode[];
    allOf?: readonly SchemaNode[];
    /** A key of SendSchema.defs (NOT a JSON pointer), for shared and recursive schemas. */
    $ref?: string;
}
export interface SendSchema {
    message: string;
    root: SchemaNode;
    defs: Readonly<Record<string, SchemaNode>>;
    /**
     * The same schema compiled by the generator to straight-line code (no tree walk): true only when the walk
     * would find nothing. A value it passes costs no walk; any other answer (a miss, a budget run out, anything
     * it cannot be sure of) defers to the walk, which decides and explains. So issues read the same either way.
     */
    check?: CompiledCheck;
}
/** A compiled check of one schema node: `depth` of the value checked, `budget` shared by the whole check. */
export type CompiledCheck = (value: unknown, depth: number, budget: CheckBudget) => boolean;
/** What a compiled check may still visit; `aborted` once it met something only the walk can answer. */
export interface CheckBudget {
    left: number;
    aborted: boolean;
}
export interface ValidationIssue {
    path: string;
    message: string;
}
/**
 * `maxVisits` bounds the walk; a caller checking a decoded message (a tree, where shared sub-objects cannot
 * occur) raises it in proportion to the message's size, so that a large valid one is not refused.
 */
export declare function validatePayload(schema: SendSchema, value: unknown, rootPath?: string, maxVisits?: number): readonly ValidationIssue[];
/**
 * `validatePayload` for a decoded message: a tree (`JSON.parse` makes no cycles), so no cycle search first; the
 * receive path of every message runs it. A cycle a custom codec might make is still bounded (reported as nested
 * too deeply), and a throwing getter is still reported, not thrown.
 */
export declare function validateDecoded(schema: SendSchema, value: unknown, rootPath?: string, maxVisits?: number): readonly ValidationIssue[];
/** A compiled check's way out: the walk decides (see `passes`). */
export declare function abortCheck(budget: CheckBudget): false;
/** The depth at which the walk stops descending (and reports); a compiled check gives up there. */
export declare const MAX_CHECK_DEPTH: number;
/** A schema's `pattern` as the walk compiles it (once per process), or null where this engine cannot. */
export declare function schemaPattern(pattern: string): RegExp | null;
/** `d.status must be one of ...; d.afk is required (+3 more)`. */
export declare function formatIssues(issues: readonly ValidationIssue[], max?: number): string;
/** An own property's value (undefined when absent or inherited): JSON.stringify sends only own properties. */
export declare const own: (v: Record<string, unknown>, key: string) => unknown;
/** Whether `v` is JSON-equal to one of `values` (an `enum`). */
export declare function includesSame(values: readonly unknown[], v: unknown): boolean;
/** A string's length in code points (a surrogate pair is one), without spreading it into an array. */
export declare function codePoints(s: string): number;
/** JSON equality for enum/const; recursion is bounded by the (finite) schema constant. */
export declare function sameJson(a: unknown, b: unknown): boolean;
