/**
 * The only import of webextension-polyfill. It gives Chrome the promise-based `browser` namespace Firefox has;
 * the polyfill is frozen upstream, so keeping it behind this one file makes it easy to drop later.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Menus, Scripting } from 'webextension-polyfill';
