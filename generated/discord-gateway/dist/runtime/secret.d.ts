export declare class Secret {
    #private;
    constructor(value: string);
    /** The secret itself, for the one place that must send it (Identify, Resume). */
    reveal(): string;
    toString(): string;
    toJSON(): string;
}
export declare class Redactor {
    #private;
    constructor(secrets: readonly string[]);
    add(secret: string): void;
    /** `text` with every secret, and every piece of at least 8 characters of one, replaced by `[redacted]`. */
    redact(text: string): string;
    /**
     * A copy of `value` with secrets redacted from every string in it: error messages, stacks and their whole
     * `cause` chain, arrays and plain objects (validation issues). Other values are returned as they are.
     */
    redactDeep<T>(value: T, depth?: number): T;
    private redactError;
}
/** `url` as it may be shown: user name and password replaced. Not a URL: returned as is (callers redact it). */
export declare function displayUrl(url: string): string;
/** The credentials in `url` (user name, password), decoded and encoded, for a `Redactor`. */
export declare function urlSecrets(url: string): string[];
