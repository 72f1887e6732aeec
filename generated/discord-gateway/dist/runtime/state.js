/** The next state, or the same object when `event` does not apply to `state` (the caller may log it). */
export function transition(state, event) {
    switch (event.type) {
        case 'open':
            return state.kind === 'idle' || state.kind === 'waiting' || state.kind === 'stopped'
                ? { kind: 'connecting', mode: event.mode, url: event.url, viaResumeUrl: event.viaResumeUrl }
                : state;
        case 'hello':
            return state.kind === 'connecting'
                ? { kind: 'authenticating', mode: state.mode, viaResumeUrl: state.viaResumeUrl }
                : state;
        case 'ready':
            return state.kind === 'authenticating' ? { kind: 'ready' } : state;
        case 'lost':
            return isLive(state) ? { kind: 'waiting', reason: event.reason } : state;
        case 'fatal':
            return { kind: 'stopped', code: event.code, meaning: event.meaning };
        case 'close':
            return state.kind === 'idle' ? state : { kind: 'idle' };
    }
}
/** A socket exists (or is being opened). */
export function isLive(state) {
    return state.kind === 'connecting' || state.kind === 'authenticating' || state.kind === 'ready';
}
/** The client has been started and not stopped: sends may wait for READY/RESUMED. */
export function isStarted(state) {
    return state.kind !== 'idle' && state.kind !== 'stopped';
}
