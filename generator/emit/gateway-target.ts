/**
 * What the hand-written runtime (`@gen-gateway/runtime`) drives by itself for an opcode-envelope gateway. The
 * generator stays free of any one API's events; it only needs to know which sends the runtime owns, so that
 * it emits encoders for them but no public send method. A test keeps this list equal to the runtime's own.
 */
export const RUNTIME_PACKAGE = '@gen-gateway/runtime';

/** Heartbeat (1), Identify (2) and Resume (6): sent by the runtime's connection lifecycle. */
export const MANAGED_OPCODES: readonly number[] = [1, 2, 6];

/** The dispatch whose data `connect()` resolves with, the one that ends a resume, and the opcode of Identify. */
export const READY_EVENT = 'READY';
export const RESUMED_EVENT = 'RESUMED';
export const IDENTIFY_OPCODE = 2;
