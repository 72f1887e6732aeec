/**
 * Gateway close codes as data (reference: "Close codes from the server").
 * `resume`: reconnect and Resume; `new-session`: drop the session and Identify; `fatal`: stop.
 */
export type CloseAction = 'resume' | 'reconnect' | 'new-session' | 'fatal';
export interface CloseCodeInfo {
    readonly meaning: string;
    readonly action: CloseAction;
}
export declare const CLOSE_CODES: Readonly<Record<number, CloseCodeInfo>>;
/**
 * What to do after the server closed with `code`. Codes outside the table (1000, 1006 for a dropped TCP
 * connection, ...) leave the session resumable, so they resume. `reconnect` resumes when a session
 * exists and identifies otherwise, like `resume`; the distinction is kept for the reader.
 */
export declare function describeCloseCode(code: number): CloseCodeInfo;
