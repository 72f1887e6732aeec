/**
 * Operations of the generated side and the name of each method. A message gets one type wherever it is used;
 * each operation that uses it gets its own method, on its own channel. The method takes the message's name
 * when only one operation sends it (`sendDimLight`), else the operation's (`sendTurnOn`, `sendTurnOff` for the
 * one `turnOnOff` message). Method names live in their own namespace of the registry (`method:`).
 */
import type { MessageIr, OperationIr } from './types.js';
import type { FoundMessage, FoundOperation } from './collect-messages.js';
import type { ChannelTable } from './build-channels.js';
import { NameRegistry, pascalCase } from './names.js';
import { readBindings } from './build-bindings.js';

export function buildOperations(
  found: FoundOperation[],
  messageOf: (m: FoundMessage) => MessageIr,
  channels: ChannelTable,
  registry: NameRegistry,
  file: string,
): OperationIr[] {
  const sendCount = new Map<FoundMessage, number>();
  for (const operation of found) {
    if (operation.direction !== 'send') continue;
    for (const m of operation.messages) sendCount.set(m, (sendCount.get(m) ?? 0) + 1);
  }
  return found.map((operation) => {
    const methods = operation.direction !== 'send' ? [] : operation.messages.map((m, i) => {
      const message = messageOf(m);
      const shared = (sendCount.get(m) ?? 0) > 1;
      const base = !shared ? message.name : operation.messages.length === 1 ? pascalCase(operation.id) : `${pascalCase(operation.id)}${message.name}`;
      const name = registry.derive(`method:${base}`, `${file}#${operation.pointer}/messages/${i}`).slice('method:'.length);
      return { message: message.key, name };
    });
    const bindings = readBindings(operation.raw);
    return {
      key: operation.id,
      direction: operation.direction,
      ...(operation.channel !== undefined && { channel: channels.add(operation.channel) }),
      messages: operation.messages.map((m) => messageOf(m).key),
      methods,
      replies: operation.replies.map((m) => messageOf(m).key),
      ...(bindings !== undefined && { bindings }),
      source: { file, pointer: operation.pointer },
    };
  });
}
