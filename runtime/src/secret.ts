/**
 * Secrets (the bot token, URL credentials) and their redaction. A `Secret` keeps its value in a private field,
 * which `util.inspect` and `console.log` do not show, and converts to `[redacted]` (`JSON.stringify`, strings); `Redactor` removes
 * secrets from text the client emits, also where only a piece of one survived (a parser error quotes the first
 * characters of a frame, say).
 */
const REDACTED = '[redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The secret itself, for the one place that must send it (Identify, Resume). */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }
}

/**
 * Pieces of a secret this long or longer are redacted wherever they appear: long enough never to match unrelated
 * text by chance (a Discord token is about 70 characters of base64), short enough to catch a quoted prefix.
 */
const FRAGMENT = 8;
/** Characters a token is made of: a short secret is redacted only where it is not part of a longer word. */
const TOKEN_CHAR = /[A-Za-z0-9._~+/=-]/;

export class Redactor {
  /** Secrets of at least FRAGMENT characters: any piece of them that long is redacted. */
  readonly #long: string[] = [];
  /** Shorter secrets: redacted only where they stand as a whole word. */
  readonly #whole: string[] = [];

  constructor(secrets: readonly string[]) {
    for (const secret of new Set(secrets)) this.add(secret);
  }

  add(secret: string): void {
    if (secret.length === 0) return;
    // The secrets themselves are kept, not a set of their pieces: a client holds a redactor for its whole life,
    // and the pieces of a 70-character token cost about 4.5 KB per client; redaction is off the hot path.
    (secret.length < FRAGMENT ? this.#whole : this.#long).push(secret);
  }

  /** `text` with every secret, and every piece of at least 8 characters of one, replaced by `[redacted]`. */
  redact(text: string): string {
    if (this.#long.length === 0 && this.#whole.length === 0) return text;
    const marked = new Uint8Array(text.length);
    let any = false;
    if (this.#long.length > 0) {
      for (let i = 0; i + FRAGMENT <= text.length; i++) {
        const piece = text.slice(i, i + FRAGMENT);
        if (this.#long.some((secret) => secret.includes(piece))) {
          marked.fill(1, i, i + FRAGMENT);
          any = true;
        }
      }
    }
    for (const secret of this.#whole) {
      for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
        const before = text[at - 1];
        const after = text[at + secret.length];
        if ((before !== undefined && TOKEN_CHAR.test(before)) || (after !== undefined && TOKEN_CHAR.test(after))) continue;
        marked.fill(1, at, at + secret.length);
        any = true;
      }
    }
    if (!any) return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      if (marked[i] === 0) out += text[i];
      else if (i === 0 || marked[i - 1] === 0) out += REDACTED;
    }
    return out;
  }

  /**
   * A copy of `value` with secrets redacted from every string in it: error messages, stacks and their whole
   * `cause` chain, arrays and plain objects (validation issues). Other values are returned as they are.
   */
  redactDeep<T>(value: T, depth = 0): T {
    if (depth > 8) return value;
    if (typeof value === 'string') return this.redact(value) as T;
    if (value instanceof Error) return this.redactError(value, depth) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.redactDeep(item, depth + 1)) as T;
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = this.redactDeep(item, depth + 1);
      return copy as T;
    }
    return value;
  }

  private redactError(error: Error, depth: number): Error {
    const message = this.redact(error.message);
    const stack = error.stack === undefined ? undefined : this.redact(error.stack);
    const cause = 'cause' in error ? this.redactDeep(error.cause, depth + 1) : undefined;
    if (message === error.message && stack === error.stack && cause === error.cause) return error;
    const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
    for (const key of Object.keys(error)) (copy as unknown as Record<string, unknown>)[key] = this.redactDeep((error as unknown as Record<string, unknown>)[key], depth + 1);
    Object.defineProperty(copy, 'message', { value: message, writable: true, configurable: true });
    if (stack !== undefined) Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true });
    if ('cause' in error) Object.defineProperty(copy, 'cause', { value: cause, writable: true, configurable: true });
    return copy;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `url` as it may be shown: user name and password replaced. Not a URL: returned as is (callers redact it). */
export function displayUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1[redacted]@');
}

/** The credentials in `url` (user name, password), decoded and encoded, for a `Redactor`. */
export function urlSecrets(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const part of [parsed.username, parsed.password]) {
    if (part === '') continue;
    out.push(part);
    try {
      out.push(decodeURIComponent(part));
    } catch {
      // malformed escape: the encoded form is enough
    }
  }
  return out;
}
