/**
 * JSON pointer -> line and column in a YAML or JSON file, for errors the generator finds itself (the parser
 * locates its own). Only loaded on an error path.
 */
import { readFile } from 'node:fs/promises';

export interface Position {
  line: number;
  column: number;
}

export async function locatePointer(file: string, pointer: string): Promise<Position> {
  const { parseDocument, LineCounter, isMap, isSeq, isPair, isScalar } = await import('yaml');
  const text = await readFile(file, 'utf8').catch(() => '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let offset = 0;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (pair === undefined) break;
      offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      offset = (item as { range?: [number, number] }).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
