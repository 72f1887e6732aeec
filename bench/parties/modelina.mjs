// What a user would use instead: Modelina's TypeScript generator on the same document, written to files.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TypeScriptFileGenerator } from '@asyncapi/modelina';

const [spec, out] = process.argv.slice(2);
const generator = new TypeScriptFileGenerator({ modelType: 'interface' });
const models = await generator.generateToFiles(pathToFileURL(path.resolve(spec)).href, out, { exportType: 'named' }, true);
if (models.length === 0) {
  console.error('modelina produced no models');
  process.exit(1);
}
