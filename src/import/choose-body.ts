/**
 * The best capture an entry really holds: its article, else its summary, else only the link — and when a body
 * is passed over (empty, "None", an error page, absurdly large or deep), a note saying why.
 */
import { countWords, type Capture } from '../core/share';
import { bodyProblem } from './body-problem';
import { nestingDepth } from './nesting-depth';
import { cleanText, excerptOf, htmlToText, textOf } from './plain-text';
import type { ImportDeps } from './types';

/** An entry's bodies as HTML, with what NewsBlur's header (if any) told about the share. */
export interface Story {
  content: string | null;
  summary: string | null;
  comment: string;
  siteName: string | null;
  favicon: string | null;
}

export interface Body {
  capture: Capture;
  html: string;
  excerpt: string;
  wordCount: number;
  note: string | null;
}

export function chooseBody(story: Story, baseUrl: string, deps: ImportDeps, limits: { content: number; depth: number }): Body {
  const reasons: string[] = [];
  const summaryText = story.summary ? htmlToText(story.summary, deps.parseHtml, 2_000) : '';
  for (const [capture, html] of [
    ['article', story.content],
    ['description', story.summary],
  ] as const) {
    if (html === null) continue;
    const what = capture === 'article' ? 'article' : 'summary';
    if (html.length > limits.content) {
      reasons.push(`the saved ${what} is larger than ${limits.content / 1_000_000} MB`);
      continue;
    }
    if (nestingDepth(html, limits.depth) > limits.depth) {
      reasons.push(`the saved ${what} nests more than ${limits.depth} elements deep`);
      continue;
    }
    const clean = deps.sanitize(html, baseUrl);
    const doc = deps.parseHtml(clean);
    const problem = bodyProblem(doc);
    if (problem) {
      reasons.push(capture === 'article' ? problem : problem.replace('article', 'summary'));
      continue;
    }
    const text = doc.body ? cleanText(textOf(doc.body), Number.MAX_SAFE_INTEGER) : '';
    const note = reasons.length ? `Imported the summary instead: ${reasons.join('; ')}.` : null;
    return { capture, html: clean, excerpt: excerptOf(summaryText || text), wordCount: countWords(text), note };
  }
  const note = reasons.length ? `Imported as a link: ${reasons.join('; ')}.` : null;
  return { capture: 'link', html: '', excerpt: '', wordCount: 0, note };
}
