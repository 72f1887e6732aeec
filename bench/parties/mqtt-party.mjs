/**
 * One party of the MQTT transport section in its own process: `node mqtt-party.mjs <bare|generated> <url>
 * <operator package dir> <lights package dir>`. Each party publishes and subscribes in this process (QoS 1,
 * the Streetlights document's binding, one header), so both sides of its client layer are measured.
 *   bare       MQTT.js 5 `publish` / `subscribe`, JSON.stringify / JSON.parse: the floor
 *   generated  the Streetlights package's `Client` (operator side sends `sendLightMeasured`) and the
 *              streetlights' side (`on('LightMeasured')`), both over the shipped `MqttTransport`
 * The IPC loop is `party-loop.mjs`'s.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servePartyLoop } from './party-loop.mjs';

const [party, url, operatorDir, lightsDir] = process.argv.slice(2);
// Under a prefix of its own: the generated party, alive beside it, subscribes to the document's topic and would
// otherwise take every bare message during the bare rounds (and the bare party every generated one).
const TOPIC_FILTER = 'bare/smartylighting/streetlights/1/0/event/+/lighting/measured';
const LAMP = 'bench-lamp';
const SENT_AT = '2026-01-01T00:00:00Z';

async function connectBare() {
  const mqtt = (await import('mqtt')).default;
  const options = { protocolVersion: 5, clean: true };
  const pub = await mqtt.connectAsync(url, options);
  const sub = await mqtt.connectAsync(url, options);
  await sub.subscribeAsync(TOPIC_FILTER, { qos: 1 });
  const topic = `bare/smartylighting/streetlights/1/0/event/${LAMP}/lighting/measured`;
  return {
    send: (i) => pub.publishAsync(topic, JSON.stringify({ lumens: i, sentAt: SENT_AT }), { qos: 1, properties: { userProperties: { 'my-app-header': '7' } } }),
    received: (handler) => sub.on('message', (_topic, payload) => handler(JSON.parse(payload.toString()).lumens)),
    close: () => Promise.all([pub.endAsync(), sub.endAsync()]),
  };
}

async function connectGenerated() {
  const load = (dir) => import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
  const [{ Client: Operator }, { Client: Lights }] = await Promise.all([load(operatorDir), load(lightsDir)]);
  const operator = new Operator({ url });
  const lights = new Lights({ url });
  await Promise.all([operator.connect(), lights.connect()]);
  return {
    send: (i) => operator.sendLightMeasured({ lumens: i, sentAt: SENT_AT }, { parameters: { streetlightId: LAMP }, headers: { 'my-app-header': 7 } }),
    received: (handler) => lights.on('LightMeasured', (message) => handler(message.lumens)),
    close: () => Promise.all([operator.close(), lights.close()]),
  };
}

servePartyLoop(() => (party === 'bare' ? connectBare() : connectGenerated()));
