/** JSDoc text for generated symbols, from schema and message annotations. */
import type { JsonSchema, MessageIr } from '../ir/types.js';
import { docText } from './escape.js';

function clean(text: string): string {
  return docText(text).trim();
}

export function renderJsDoc(lines: string[]): string {
  const body = lines.flatMap((l) => clean(l).split('\n')).filter((l, i, all) => !(l === '' && (i === 0 || all[i - 1] === '')));
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  if (body.length === 0) return '';
  if (body.length === 1) return `/** ${body[0]} */\n`;
  return `/**\n${body.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`;
}

/** The same comment as the body ts-morph's `docs` wants (it adds the frame itself). */
export function docBody(lines: string[]): string[] {
  const text = renderJsDoc(lines);
  return text === '' ? [] : [text.replace(/^\/\*\*\s?/, '').replace(/\s*\*\/\n?$/, '').replace(/^ \* ?/gm, '').trim()];
}

export function schemaDocLines(schema: JsonSchema): string[] {
  const lines: string[] = [];
  if (schema.description !== undefined) lines.push(schema.description);
  else if (schema.title !== undefined) lines.push(schema.title);
  if (schema.format !== undefined) lines.push(`@format ${schema.format}`);
  if (schema.minimum !== undefined) lines.push(`@minimum ${schema.minimum}`);
  if (schema.maximum !== undefined) lines.push(`@maximum ${schema.maximum}`);
  if (schema.minLength !== undefined) lines.push(`@minLength ${schema.minLength}`);
  if (schema.maxLength !== undefined) lines.push(`@maxLength ${schema.maxLength}`);
  if (schema.default !== undefined) lines.push(`@default ${JSON.stringify(schema.default)}`);
  if (schema.deprecated === true) lines.push('@deprecated');
  return lines;
}

/** Title, summary, description and intents of a message, as one doc comment body. */
export function messageDocLines(message: MessageIr): string[] {
  const lines: string[] = [];
  const heading = message.summary ?? message.title;
  if (heading !== undefined) lines.push(heading);
  if (message.title !== undefined && message.title !== heading) lines.push('', message.title);
  if (message.description !== undefined) lines.push('', message.description);
  if (message.intents.length > 0) lines.push('', `Intents: ${message.intents.join(' or ')}`);
  return lines;
}
