/**
 * Entry of the script the background injects into the tab (built as one IIFE). It only installs the function
 * the background then calls with `scripting.executeScript({ func })`; the answer is plain data, so it crosses the
 * structured-clone boundary as it is.
 */
import { extractPage } from './extract-page';
import type { ExtractReply, ExtractRequest } from './types';

(globalThis as unknown as { __sharefeedExtract: (request: ExtractRequest) => ExtractReply }).__sharefeedExtract = (request) =>
  extractPage(document, request);
