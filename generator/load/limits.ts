/**
 * How much a document may ask of the generator. A few hundred bytes of YAML can otherwise take minutes or
 * gigabytes (an alias bomb, nested flow sequences, a `$ref` cycle); each limit below is far above what a real
 * document needs (the Discord document: 234 KB, 8 levels of flow sequences at most, no aliases).
 */

/** One input file; the parser holds about 50 times its size in memory. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** All input files together. */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** Nesting of maps and sequences, aliases expanded. */
export const MAX_DEPTH = 200;
/**
 * Flow sequences (`[...]`, every JSON array) nested in one another. The parser's YAML reader takes time
 * exponential in this nesting: 16 levels cost 0.1 s, 24 levels 14 s, 28 levels 50 s (measured).
 */
export const MAX_FLOW_SEQUENCE_DEPTH = 16;
/** Nodes that aliases may add to the document by expansion (the parser expands every alias). */
export const MAX_ALIAS_EXPANSION = 100_000;

export interface ParseLimits {
  /** Wall time for the parse and the IR (default: 20 s, plus 100 ms per KB of input above 200 KB). */
  timeoutMs?: number;
  /** Heap of the loader thread (default 1024 MB). */
  maxMemoryMb?: number;
}

export const DEFAULT_MAX_MEMORY_MB = 1024;

export function defaultTimeoutMs(inputBytes: number): number {
  return 20_000 + Math.max(0, inputBytes - 200 * 1024) * 0.1;
}
