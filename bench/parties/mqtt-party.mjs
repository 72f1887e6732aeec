/**
 * One party of the MQTT transport section in its own process: `node mqtt-party.mjs <bare|generated> <url>
 * <operator package dir> <lights package dir>`. Each party publishes and subscribes in this process (QoS 1,
 * the Streetlights document's binding, one header), so both sides of its client layer are measured.
 *   bare       MQTT.js 5 `publish` / `subscribe`, JSON.stringify / JSON.parse: the floor
 *   generated  the Streetlights package's `Client` (operator side sends `sendLightMeasured`) and the
 *              streetlights' side (`on('LightMeasured')`), both over the shipped `MqttTransport`
 * IPC: `connect` -> `ready`; `throughput { n, window }` -> `done { ms, cpuUsPerMessage }`; `latency { rate, seconds }` -> `latencies`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nowMs, serve } from '../lib.mjs';

const [party, url, operatorDir, lightsDir] = process.argv.slice(2);
const TOPIC_FILTER = 'smartylighting/streetlights/1/0/event/+/lighting/measured';
const LAMP = 'bench-lamp';
const SENT_AT = '2026-01-01T00:00:00Z';

let onMeasured = () => undefined;
let send;
let close;

async function connectBare() {
  const mqtt = (await import('mqtt')).default;
  const options = { protocolVersion: 5, clean: true };
  const pub = await mqtt.connectAsync(url, options);
  const sub = await mqtt.connectAsync(url, options);
  await sub.subscribeAsync(TOPIC_FILTER, { qos: 1 });
  sub.on('message', (_topic, payload) => onMeasured(JSON.parse(payload.toString())));
  const topic = `smartylighting/streetlights/1/0/event/${LAMP}/lighting/measured`;
  send = (i) => pub.publishAsync(topic, JSON.stringify({ lumens: i, sentAt: SENT_AT }), { qos: 1, properties: { userProperties: { 'my-app-header': '7' } } });
  close = () => Promise.all([pub.endAsync(), sub.endAsync()]);
}

async function connectGenerated() {
  const load = (dir) => import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
  const [{ Client: Operator }, { Client: Lights }] = await Promise.all([load(operatorDir), load(lightsDir)]);
  const operator = new Operator({ url });
  const lights = new Lights({ url });
  await Promise.all([operator.connect(), lights.connect()]);
  lights.on('LightMeasured', (message) => onMeasured(message));
  send = (i) => operator.sendLightMeasured({ lumens: i, sentAt: SENT_AT }, { parameters: { streetlightId: LAMP }, headers: { 'my-app-header': 7 } });
  close = () => Promise.all([operator.close(), lights.close()]);
}

serve({
  async connect() {
    await (party === 'bare' ? connectBare() : connectGenerated());
    return { type: 'ready' };
  },
  /** N messages, at most `window` unacknowledged; the time from the first send to the N-th message handled. */
  async throughput({ n, window }) {
    let received = 0;
    const all = new Promise((resolve) => {
      onMeasured = () => {
        if (++received === n) resolve();
      };
    });
    const cpu = process.cpuUsage();
    const start = nowMs();
    const inFlight = new Set();
    for (let i = 0; i < n; i++) {
      const p = send(i).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await all;
    const ms = nowMs() - start;
    const used = process.cpuUsage(cpu);
    onMeasured = () => undefined;
    // CPU time of this process per message (both sides of the client layer), less swayed by a busy machine than wall time.
    return { type: 'done', ms, cpuUsPerMessage: (used.user + used.system) / n };
  },
  /** Paced sends, `rate` a second in 1 ms ticks; per message, handled - sent. */
  async latency({ rate, seconds }) {
    const n = Math.round(rate * seconds);
    const sentAt = new Float64Array(n);
    const latencies = new Float64Array(n);
    let received = 0;
    const all = new Promise((resolve) => {
      onMeasured = (message) => {
        latencies[message.lumens] = nowMs() - sentAt[message.lumens];
        if (++received === n) resolve();
      };
    });
    const start = nowMs();
    let next = 0;
    const pending = [];
    while (next < n) {
      const due = Math.min(n, Math.floor(((nowMs() - start) / 1000) * rate) + 1);
      for (; next < due; next++) {
        sentAt[next] = nowMs();
        pending.push(send(next));
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(pending);
    await all;
    onMeasured = () => undefined;
    return { type: 'latencies', values: Array.from(latencies) };
  },
  async exit() {
    await close?.();
  },
});
