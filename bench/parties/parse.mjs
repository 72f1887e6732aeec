// The floor: parse (and validate) the document with @asyncapi/parser alone, as gen-gateway does.
import path from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';

const result = await fromFile(new Parser(), path.resolve(process.argv[2])).parse();
if (result.document === undefined) {
  console.error(result.diagnostics.filter((d) => d.severity === 0).map((d) => d.message).join('\n'));
  process.exit(1);
}
