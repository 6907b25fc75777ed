/**
 * The last resort of the storage gate: an article's text as paragraphs, with a note saying so, for markup too
 * tangled to keep (see scrub-html.ts). Read with parse5's tokenizer alone — the standard's tokenizer, linear in
 * the input, no tree built — so nothing about the input can make it slow: text between tags is kept, the text of
 * scripts, styles and other raw-text elements is not, and block tags and line breaks separate paragraphs.
 */
import { Tokenizer, TokenizerMode, foreignContent, type Token, type TokenHandler } from 'parse5';
import { escapeHtml } from './html-text';
import { DROPPED_ELEMENTS, VOID_ELEMENTS } from './html-policy';

/** Elements whose content the tokenizer must read as raw text (and we drop), as the tree builder would tell it. */
const RAW_TEXT: Readonly<Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]>> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

const BREAKS = new Set(
  (
    'address article aside blockquote br caption center dd details dialog dir div dl dt fieldset figcaption figure footer ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr legend li listing main menu nav ol p plaintext pre search section summary table td th tr ul'
  ).split(' '),
);
/** Void elements among the dropped ones (no end tag to wait for). */
const VOID_DROPPED = new Set([
  'base',
  'basefont',
  'bgsound',
  'col',
  'embed',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
]);

export function textOnlyHtml(html: string, note: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = false;
  /** Open SVG or MathML elements: their `<style>`s and `<script>`s are not raw text, and an HTML tag ends them. */
  let foreign = 0;
  /** Open elements whose text a page never shows (select, template, button…): the gate drops them with it. */
  const dropped: string[] = [];
  /** How many of each name `dropped` holds. */
  const openDropped = new Map<string, number>();
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    current = '';
  };
  const onText = (token: Token.CharacterToken) => {
    if (!skipping && !dropped.length && !foreign) current += token.chars;
  };
  const handler: TokenHandler = {
    onCharacter: onText,
    onWhitespaceCharacter: onText,
    onNullCharacter: () => undefined,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
    onStartTag(token) {
      const name = token.tagName;
      if (foreign && foreignContent.causesExit(token)) foreign = 0;
      if (name === 'svg' || name === 'math') {
        if (!token.selfClosing) foreign++;
        return flushIfBlock(name);
      }
      if (foreign) return;
      if (DROPPED_ELEMENTS.has(name) && RAW_TEXT[name] === undefined && !VOID_DROPPED.has(name) && !VOID_ELEMENTS.has(name)) {
        dropped.push(name);
        openDropped.set(name, (openDropped.get(name) ?? 0) + 1);
      }
      const mode = RAW_TEXT[name];
      if (mode !== undefined) {
        tokenizer.state = mode;
        // Everything after `<plaintext>` is text a reader would see; the text of scripts, styles, titles is not.
        skipping = mode !== TokenizerMode.PLAINTEXT;
      }
      flushIfBlock(name);
    },
    onEndTag(token) {
      const name = token.tagName;
      if (foreign) {
        if (name === 'svg' || name === 'math') foreign--;
        return;
      }
      if (RAW_TEXT[name] !== undefined) skipping = false;
      // An end tag closes the elements opened inside it too (`</select>` ends its options).
      else if (openDropped.get(name)) {
        // Counted by name, so an end tag that closes nothing costs nothing (scanning the stack for it would make
        // many unmatched end tags under many open ones quadratic); each element is popped once.
        let top: string;
        do {
          top = dropped.pop()!;
          openDropped.set(top, openDropped.get(top)! - 1);
        } while (top !== name);
      }
      flushIfBlock(name);
    },
  };
  const flushIfBlock = (name: string) => {
    if (BREAKS.has(name)) flush();
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  flush();
  return `${paragraphs.join('')}<p><em>${escapeHtml(note)}</em></p>`;
}
