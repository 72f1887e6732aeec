/** This package's version (kept equal to package.json's by a test); shown in the default User-Agent. */
export declare const RUNTIME_VERSION = "0.1.0";
