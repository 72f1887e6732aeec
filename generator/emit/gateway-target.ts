/**
 * What the hand-written runtime (`@gen-gateway/runtime`) drives by itself for an opcode-envelope gateway. The
 * generator stays free of any one API's events; it only needs to know which sends the runtime owns, so that
 * it emits encoders for them but no public send method. A test keeps this list equal to the runtime's own.
 */
export const RUNTIME_PACKAGE = '@gen-gateway/runtime';

/**
 * How a generated package reaches the runtime. `bundled` (the default): the runtime's sources are compiled into
 * the package (`src/runtime/`, `dist/runtime/`), so it installs from its folder alone with `ws` as its only
 * dependency. `package`: it depends on `@gen-gateway/runtime`, for monorepos that publish the runtime themselves.
 */
export type RuntimeLink =
  | {
      readonly kind: 'bundled';
      readonly version: string;
      /** File name (`client.ts`) -> TypeScript source of the runtime, in name order. */
      readonly sources: ReadonlyMap<string, string>;
      /** The runtime's own dependencies, which the package takes over. */
      readonly dependencies: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'package'; readonly version: string };

/** The module specifier generated files import the runtime from. */
export function runtimeModule(link: RuntimeLink): string {
  return link.kind === 'bundled' ? './runtime/index.js' : RUNTIME_PACKAGE;
}

export function runtimeDependencies(link: RuntimeLink): Record<string, string> {
  return link.kind === 'bundled' ? { ...link.dependencies } : { [RUNTIME_PACKAGE]: `^${link.version}` };
}

/** Heartbeat (1), Identify (2) and Resume (6): sent by the runtime's connection lifecycle. */
export const MANAGED_OPCODES: readonly number[] = [1, 2, 6];

/** The dispatch whose data `connect()` resolves with, the one that ends a resume, and the opcode of Identify. */
export const READY_EVENT = 'READY';
export const RESUMED_EVENT = 'RESUMED';
export const IDENTIFY_OPCODE = 2;
