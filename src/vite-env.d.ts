/// <reference types="vite/client" />
/// <reference types="@crxjs/vite-plugin/client" />

/** True in the test builds only (vite.config.ts): code under it is compiled out of the store builds. */
declare const __SHAREFEED_TEST__: boolean;
