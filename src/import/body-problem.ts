/**
 * Whether a saved story body is worth keeping as the article. Services that stored stories for people sometimes
 * stored nothing, the text "None", or the error page the site served their fetcher: those must become link
 * shares, not articles that show an error to every feed reader.
 */
import { textOf } from './plain-text';

/** Sentences of error and interstitial pages that are never a story's content. */
const BOILERPLATE = [
  /you can[’']t perform that action at this time\.?/gi,
  /you signed (in|out) (with|in) another tab or window\.?/gi,
  /you switched accounts on another tab or window\.?/gi,
  /reload to refresh your session\.?/gi,
  /please enable javascript( to continue)?\.?/gi,
  /enable javascript and cookies to continue\.?/gi,
  /checking (if the site connection is secure|your browser before accessing)[^.]*\.?/gi,
  /just a moment\.\.\./gi,
];

/** Values some exporters write where a body was missing. */
const PLACEHOLDERS = new Set(['none', 'null', 'undefined', 'nan', '[removed]', '[deleted]']);

/** Media that make a story without words (a comic, a photo) still a story. */
const MEDIA = 'img, picture, video, audio, svg, iframe, object, embed';

/** A short reason when a parsed (already sanitized) body is not a story, else null. */
export function bodyProblem(doc: Document): string | null {
  const text = (doc.body ? textOf(doc.body) : '').replace(/\s+/g, ' ').trim();
  if (doc.querySelector(MEDIA)) return null;
  if (!text) return 'the saved article was empty';
  if (PLACEHOLDERS.has(text.toLowerCase())) return `the saved article was only the word “${text}”`;
  const rest = BOILERPLATE.reduce((t, phrase) => t.replace(phrase, ' '), text);
  if (!/[\p{L}\p{N}]/u.test(rest)) return `the saved article was only an error page (“${text.slice(0, 80)}”)`;
  return null;
}
