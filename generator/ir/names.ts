/**
 * Identifier helpers and the one name registry every generated identifier goes through, so that a name is
 * resolved the same way on every run and two places never silently share one.
 */

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with as implements interface let package private protected public static yield any boolean ' +
    'number string symbol type object never unknown undefined bigint Record Array Promise Map Set Date Error ' +
    'String Number Boolean Object Symbol Function BigInt RegExp JSON Math Partial Readonly Required Pick Omit')
    .split(' '),
);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `user_signed-up` -> `UserSignedUp`; `MESSAGE_CREATE` -> `MessageCreate`; keeps `IdentifyData` as is. */
export function pascalCase(text: string): string {
  const parts = words(text).map((w) =>
    w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w[0]!.toUpperCase() + w.slice(1),
  );
  let name = parts.join('');
  if (name === '') name = 'Unnamed';
  if (/^[0-9]/.test(name)) name = `T${name}`;
  return RESERVED.has(name) ? `${name}Type` : name;
}

export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  const camel = pascal[0]!.toLowerCase() + pascal.slice(1);
  return RESERVED.has(camel) ? `${camel}Message` : camel;
}

/** `MessageCreate` -> `MESSAGE_CREATE`. */
export function upperSnakeCase(text: string): string {
  return words(text)
    .map((w) => w.toUpperCase())
    .join('_');
}

export function isUpperSnake(text: string): boolean {
  return /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(text);
}

export class NameCollisionError extends Error {
  readonly claimed: string;

  constructor(
    claimed: string,
    readonly first: string,
    readonly second: string,
  ) {
    super(`the name '${claimed}' is claimed by both ${first} and ${second}`);
    this.claimed = claimed;
  }
}

/**
 * Hands out unique names. Names taken from the document are exclusive (a second claim is an error naming both
 * places); derived names yield to them and get a numeric suffix, in the order they are asked for.
 */
export class NameRegistry {
  private readonly owners = new Map<string, string>();

  claim(name: string, owner: string): string {
    const existing = this.owners.get(name);
    if (existing !== undefined && existing !== owner) throw new NameCollisionError(name, existing, owner);
    this.owners.set(name, owner);
    return name;
  }

  derive(base: string, owner: string): string {
    let name = base;
    for (let n = 2; this.owners.has(name) && this.owners.get(name) !== owner; n += 1) name = `${base}${n}`;
    this.owners.set(name, owner);
    return name;
  }

  has(name: string): boolean {
    return this.owners.has(name);
  }
}
