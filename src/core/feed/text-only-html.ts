/**
 * The last resort of the storage gate: an article's text as paragraphs, with a note saying so, for markup too
 * tangled to keep (see scrub-html.ts). Read with parse5's tokenizer alone — the standard's tokenizer, linear in
 * the input, no tree built — so nothing about the input can make it slow: text between tags is kept, the text of
 * scripts, styles and other raw-text elements is not, and block tags and line breaks separate paragraphs.
 */
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';
import { escapeHtml } from './html-text';

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
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

export function textOnlyHtml(html: string, note: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = false;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(`<p>${escapeHtml(text)}</p>`);
    current = '';
  };
  const onText = (token: Token.CharacterToken) => {
    if (!skipping) current += token.chars;
  };
  const handler: TokenHandler = {
    onCharacter: onText,
    onWhitespaceCharacter: onText,
    onNullCharacter: () => undefined,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof: () => undefined,
    onStartTag(token) {
      const mode = RAW_TEXT[token.tagName];
      if (mode !== undefined) {
        tokenizer.state = mode;
        // Everything after `<plaintext>` is text a reader would see; the text of scripts, styles, titles is not.
        skipping = mode !== TokenizerMode.PLAINTEXT;
      }
      if (BREAKS.has(token.tagName)) flush();
    },
    onEndTag(token) {
      if (RAW_TEXT[token.tagName] !== undefined) skipping = false;
      if (BREAKS.has(token.tagName)) flush();
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  flush();
  return `${paragraphs.join('')}<p><em>${escapeHtml(note)}</em></p>`;
}
