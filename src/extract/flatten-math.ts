/**
 * MathML does not survive sanitizing (it is a classic vehicle for markup tricks, so DOMPurify drops it whole),
 * which would leave holes in the text ("When , there are two solutions to and they are"). Each formula becomes
 * plain text instead: its `alttext`, else its TeX annotation, else its characters in order.
 * MathJax wraps each formula in an `<mjx-container class="MathJax CtxtMenu_…">` beside its rendered glyphs; the
 * container goes too, since Readability 0.6 takes that class ("menu") for a menu and drops the formula with it.
 */
function formulaText(math: Element): string {
  const alt = math.getAttribute('alttext')?.trim();
  if (alt) return alt;
  const tex = Array.from(math.getElementsByTagName('annotation')).find((a) => /tex/i.test(a.getAttribute('encoding') ?? ''));
  const source = tex?.textContent?.trim();
  if (source) return source;
  return Array.from(math.getElementsByTagName('*'))
    .filter((el) => el.children.length === 0)
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean)
    .join(' ');
}

export function flattenMath(root: Element): void {
  for (const math of Array.from(root.getElementsByTagName('math'))) {
    if (!root.contains(math)) continue; // nested in a formula already replaced
    const span = math.ownerDocument.createElement('span');
    span.textContent = formulaText(math);
    (math.closest('mjx-container') ?? math).replaceWith(span);
  }
}
