/**
 * Cuts sanitized article markup to a byte budget at an element boundary (a text node that alone overflows is cut
 * at a space), so a stored share stays small and still well-formed. Returns whether anything was cut.
 */
const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Serialized size: markup for elements, escaped text (`&amp;`, `&lt;`, `&nbsp;`) for text. */
function sizeOf(node: Node): number {
  if (node.nodeType === 1) return bytes((node as Element).outerHTML);
  const text = node.textContent ?? '';
  const escapes = text.match(/[&<>\u00a0]/g)?.length ?? 0;
  return bytes(text) + escapes * 4;
}

function removeFrom(node: ChildNode | null): void {
  while (node) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
}

function cutChildren(parent: Node, budget: number): void {
  let left = budget;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const size = sizeOf(child);
    if (size <= left) {
      left -= size;
      continue;
    }
    removeFrom(child.nextSibling);
    if (child.nodeType === 3) {
      // A UTF-16 unit serializes to at most 6 bytes (`&nbsp;`), so this many always fit.
      const kept = (child.textContent ?? '').slice(0, Math.floor(left / 6));
      child.textContent = kept.replace(/\s+\S*$/, '');
    } else if (child.nodeType === 1 && child.hasChildNodes()) {
      const tags = sizeOf(child.cloneNode(false));
      if (tags < left) cutChildren(child, left - tags);
      else child.remove();
    } else {
      child.remove();
    }
    return;
  }
}

/** `html` is the body as already serialized, when the caller has it. */
export function cutToSize(body: Element, maxBytes: number, note: string, html = body.innerHTML): boolean {
  // A UTF-16 unit is at most 3 bytes of UTF-8: most articles are known to fit without encoding them.
  if (html.length * 3 <= maxBytes || bytes(html) <= maxBytes) return false;
  const marker = body.ownerDocument.createElement('p');
  const em = body.ownerDocument.createElement('em');
  em.textContent = note;
  marker.append(em);
  cutChildren(body, Math.max(0, maxBytes - sizeOf(marker)));
  body.append(marker);
  return true;
}
