/**
 * The words a share is found by: title, comment, site, URL and tags — never the article HTML, so search stays an
 * index lookup at any history size. Lower-cased and stripped of diacritics so "cafe" finds "Café"; CJK text is
 * indexed a character at a time because it has no spaces.
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;
const MAX_WORDS = 400;

export function searchWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = new Set<string>();
  for (const token of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (CJK.test(token)) {
      for (const ch of token) words.add(ch);
    } else if (token.length <= 40) {
      words.add(token);
    }
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}
