/**
 * An in-memory `Transport` of a generated plain package (the interface of `templates/plain/transport.ts`):
 * records what the client sends and subscribes to, and hands the client whatever the test delivers, with the
 * address a broker would report. For tests of the client's own logic; the wire is tested over real servers.
 */
export interface Delivered {
  data: string;
  context: Record<string, unknown>;
}

export function memoryTransport() {
  const sent: Delivered[] = [];
  const subscriptions: Array<{ channel: string; pattern: string }> = [];
  let handler: (data: string | Uint8Array, context: object) => void = () => undefined;
  return {
    sent,
    subscriptions,
    /** Hands `message` to the client as JSON, as a transport would on receipt. */
    deliver: (message: unknown, context: object = {}) => handler(JSON.stringify(message), context),
    /** Hands raw text or bytes to the client. */
    deliverRaw: (data: string | Uint8Array, context: object = {}) => handler(data, context),
    transport: {
      send: async (data: string, context: Record<string, unknown>) => void sent.push({ data, context }),
      onMessage: (h: typeof handler) => {
        handler = h;
        return () => undefined;
      },
      subscribe: (s: { channel: string; pattern: string }) => void subscriptions.push({ channel: s.channel, pattern: s.pattern }),
      close: async () => undefined,
    },
  };
}
