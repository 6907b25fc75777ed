/** A page's declared language as a canonical BCP 47 tag (`en_us` → `en-US`), or null when it is not one. */
export function toLanguageTag(raw: string | null | undefined): string | null {
  const value = raw?.trim().replace(/_/g, '-');
  // The primary subtag is 2–3 letters in practice; longer ones ("english") are syntactically valid but wrong.
  if (!value || !/^[a-z]{2,3}(?:-|$)/i.test(value)) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    return tag ?? null;
  } catch {
    return null; // Not a well-formed tag ("english", "x"); better none than a wrong one.
  }
}
