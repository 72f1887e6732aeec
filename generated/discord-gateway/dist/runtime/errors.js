export class GatewayError extends Error {
    name = 'GatewayError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
