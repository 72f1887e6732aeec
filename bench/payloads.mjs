/**
 * Realistic MESSAGE_CREATE dispatches: a pool of distinct `d` objects (about 1 KB serialized, 0.6-1.6 KB,
 * varied text, ids, mentions, the odd embed), from a seeded PRNG so every run sends the same bytes.
 */
const WORDS = (
  'the a to and of is in it you that for on with this be have are not was but at just so what do can my ' +
  'if your like get all we one they me up about out no now how will when know think good time there one ' +
  'server role channel voice ping lol gg nice bot deploy patch build test merge thanks yes ok idea raid ' +
  'tonight queue ranked match stream clip emoji reaction thread pinned update release notes bug crash fix'
).split(' ');

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makePool(size = 512, seed = 42) {
  const rand = prng(seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const snowflake = () => String(1_000_000_000_000_000_000n + BigInt(int(2 ** 31)) * 4_194_304n + BigInt(int(4_194_304)));
  const text = (min, max) => Array.from({ length: min + int(max - min) }, () => pick(WORDS)).join(' ');
  const user = () => ({
    id: snowflake(),
    username: `${pick(WORDS)}_${pick(WORDS)}${int(1000)}`,
    avatar: rand() < 0.8 ? Array.from({ length: 32 }, () => '0123456789abcdef'[int(16)]).join('') : null,
    discriminator: '0',
    public_flags: int(4) === 0 ? 64 : 0,
    flags: 0,
    banner: null,
    accent_color: null,
    global_name: rand() < 0.7 ? `${pick(WORDS)} ${pick(WORDS)}` : null,
    avatar_decoration_data: null,
    banner_color: null,
    clan: null,
  });
  const guilds = Array.from({ length: 8 }, snowflake);
  const channels = Array.from({ length: 32 }, snowflake);
  const pool = [];
  for (let i = 0; i < size; i++) {
    const guildId = pick(guilds);
    const mentions = Array.from({ length: int(4) === 0 ? 1 + int(2) : 0 }, user);
    const d = {
      type: 0,
      tts: false,
      timestamp: new Date(1_750_000_000_000 + int(1e9)).toISOString().replace('Z', '000+00:00'),
      pinned: false,
      nonce: rand() < 0.6 ? snowflake() : undefined,
      mentions,
      mention_roles: rand() < 0.1 ? [snowflake()] : [],
      mention_everyone: false,
      member: {
        roles: Array.from({ length: int(4) }, snowflake),
        premium_since: null,
        pending: false,
        nick: rand() < 0.3 ? text(1, 3) : null,
        mute: false,
        joined_at: new Date(1_600_000_000_000 + int(1e11)).toISOString(),
        flags: 0,
        deaf: false,
        communication_disabled_until: null,
        banner: null,
        avatar: null,
      },
      id: snowflake(),
      flags: 0,
      embeds: [],
      edited_timestamp: null,
      content: text(3, rand() < 0.15 ? 80 : 25),
      components: [],
      channel_id: pick(channels),
      author: user(),
      attachments: [],
      guild_id: guildId,
    };
    if (rand() < 0.15) {
      d.embeds.push({
        type: 'rich',
        title: text(2, 8),
        description: text(10, 40),
        url: `https://example.com/${pick(WORDS)}/${int(1e6)}`,
        color: int(0xffffff),
        fields: Array.from({ length: int(3) }, () => ({ name: text(1, 3), value: text(2, 10), inline: rand() < 0.5 })),
      });
    }
    if (d.nonce === undefined) delete d.nonce;
    pool.push(d);
  }
  return pool;
}

/** Serialized `d` strings; a frame is `'{"t":"MESSAGE_CREATE","s":' + s + ',"op":0,"d":' + pool[i] + '}'`. */
export function makeSerializedPool(size, seed) {
  return makePool(size, seed).map((d) => JSON.stringify(d));
}

export const frameFor = (s, d) => `{"t":"MESSAGE_CREATE","s":${s},"op":0,"d":${d}}`;

/**
 * Serialized `d` strings of `bytes` bytes each (the fan-out section's 1.2 KB MESSAGE_CREATE): the pool's messages
 * with their `content` cut or padded with words until the JSON has exactly that length.
 */
export function makeSizedPool(size, seed, bytes = 1200) {
  const sized = [];
  // Messages too large even without text (a big embed) are left out; the pool is made large enough for `size`.
  for (const d of makePool(size * 2, seed)) {
    if (sized.length === size) break;
    const words = d.content.split(' ');
    d.content = '';
    if (JSON.stringify(d).length > bytes) continue;
    for (let i = 0; JSON.stringify(d).length < bytes; i++) d.content += `${i === 0 ? '' : ' '}${words[i % words.length]}`;
    d.content = d.content.slice(0, d.content.length - (JSON.stringify(d).length - bytes));
    sized.push(JSON.stringify(d));
  }
  return sized;
}
