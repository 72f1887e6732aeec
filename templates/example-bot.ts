// bot.ts: run with DISCORD_TOKEN set (and DISCORD_GATEWAY_URL, the `url` from GET /gateway/bot, see below).
import { GatewayClient, {{flagsName}} } from '{{packageName}}';

const token = process.env.DISCORD_TOKEN;
if (token === undefined) throw new Error('set DISCORD_TOKEN to the bot token');

const client = new GatewayClient({
  token,
  // MessageContent is privileged: enable it for the app in the Developer Portal, or the gateway closes with 4014.
  intents: {{flagsName}}.Guilds | {{flagsName}}.GuildMessages | {{flagsName}}.MessageContent,
  url: process.env.DISCORD_GATEWAY_URL, // undefined: the document's default URL
  compress: 'zlib-stream',
  presence: { since: null, activities: [], status: 'online', afk: false },
});

client.on('ready', (ready) => console.log(`ready as ${ready.user.username} in ${ready.guilds.length} guilds`));
client.on('MESSAGE_CREATE', (message) => {
  if (message.author.bot === true) return;
  console.log(`message ${message.id} from ${message.author.username}: ${message.content}`);
});
client.on('reconnecting', ({ cause, code, resume, delayMs }) => {
  console.warn(`reconnecting in ${delayMs} ms (${cause}${code === undefined ? '' : ` ${code}`}, ${resume ? 'resume' : 'new session'})`);
});
client.on('error', (error) => console.error(`gateway error ${error.code}: ${error.message}`));

// Close cleanly on Ctrl-C and on the SIGTERM of a deploy: the process then exits by itself.
const shutdown = (): void => {
  client.close().then(() => console.log('closed'), (error: unknown) => console.error('close failed', error));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

try {
  await client.connect(); // resolves with READY's data; the client reconnects on its own from here on
} catch (error) {
  // A fatal close (bad token 4004, disallowed intents 4014, ...) or close() before READY.
  console.error(`not connected: ${(error as Error).message}`);
  process.exitCode = 1;
}
