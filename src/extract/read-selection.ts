/** The person's selection in the page, as HTML and text, when there is one. */
export interface PageSelection {
  html: string;
  text: string;
}

export function readSelection(doc: Document): PageSelection | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // A <template>'s content lives in an inert document: copied images do not load, handlers never run.
  const holder = doc.createElement('template');
  for (let i = 0; i < selection.rangeCount; i++) holder.content.append(selection.getRangeAt(i).cloneContents());
  return { html: holder.innerHTML, text };
}
