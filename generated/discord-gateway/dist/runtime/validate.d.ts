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
}
export interface ValidationIssue {
    path: string;
    message: string;
}
/**
 * `maxVisits` bounds the walk; a caller checking a decoded message (a tree, where shared sub-objects cannot
 * occur) raises it in proportion to the message's size, so that a large valid one is not refused.
 */
export declare function validatePayload(schema: SendSchema, value: unknown, rootPath?: string, maxVisits?: number): ValidationIssue[];
/**
 * `validatePayload` for a decoded message: a tree (`JSON.parse` makes no cycles), so no cycle search first; the
 * receive path of every message runs it. A cycle a custom codec might make is still bounded (reported as nested
 * too deeply), and a throwing getter is still reported, not thrown.
 */
export declare function validateDecoded(schema: SendSchema, value: unknown, rootPath?: string, maxVisits?: number): ValidationIssue[];
/** `d.status must be one of ...; d.afk is required (+3 more)`. */
export declare function formatIssues(issues: readonly ValidationIssue[], max?: number): string;
