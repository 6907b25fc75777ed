/** The person's selection in the page, as markup (in an inert document) and text, when there is one. */
export interface PageSelection {
  /** A copy of the selected nodes, in a `<template>`'s inert document: copied images do not load, handlers never run. */
  fragment: DocumentFragment;
  text: string;
}

export function readSelection(doc: Document): PageSelection | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const holder = doc.createElement('template');
  for (let i = 0; i < selection.rangeCount; i++) holder.content.append(selection.getRangeAt(i).cloneContents());
  return { fragment: holder.content, text };
}
