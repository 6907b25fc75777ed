/** Kept in step with package.json by a unit test; core cannot read package.json at run time in the browser. */
export const SHAREFEED_VERSION = '0.1.0';
export const SHAREFEED_HOME = 'https://github.com/sharefeed/sharefeed';
