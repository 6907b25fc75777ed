/** web-ext ships no types; these are the parts of its programmatic API that scripts/ uses. */
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    /** A file name; `{name}`/`{version}` are filled in from the manifest. */
    filename?: string;
    overwriteDest?: boolean;
    ignoreFiles?: string[];
  }
  interface BuildOptions {
    showReadyMessage?: boolean;
  }
  const webExt: {
    cmd: {
      build(params: BuildParams, options?: BuildOptions): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
