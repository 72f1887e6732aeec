// Copied from @gen-gateway/runtime 0.1.0 by gen-gateway 0.1.0. Do not edit.
/** This package's version (kept equal to package.json's by a test); shown in the default User-Agent. */
export const RUNTIME_VERSION = '0.1.0';
