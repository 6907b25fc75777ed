/** Atom 1.0 (RFC 4287), written to pass the W3C feed validator without errors or warnings. */
import type { Share } from '../share';
import type { FeedSettings } from '../settings';
import { entryContentParts } from './content';
import { viewEntry, type EntryView } from './entry-view';
import { viewFeed, type FeedView } from './feed-view';
import { element, emptyElement, escapeAttr, inCdata, lines } from './xml';
import { escapeHtml } from './html-text';

/** Indent of an entry's elements. */
const ENTRY = '    ';

/** The shares as given (already selected and ordered) as an Atom document, a piece per entry. */
export function* atomChunks(shares: readonly Share[], settings: FeedSettings, tag?: string): Generator<string> {
  const views = shares.map((share) => viewEntry(share));
  const feed = viewFeed(views, settings, 'atom', tag);
  yield '<?xml version="1.0" encoding="utf-8"?>\n' + `<feed xmlns="http://www.w3.org/2005/Atom"${lang(feed.language)}>\n${feedHead(feed)}`;
  for (let i = 0; i < shares.length; i++) yield* atomEntry(shares[i]!, views[i]!, settings.mode);
  yield '</feed>\n';
}

function feedHead(feed: FeedView): string {
  const { author, generator } = feed;
  const head = [
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    feed.subtitle && element('subtitle', feed.subtitle, { type: 'text' }),
    element('updated', feed.updated),
    `<author>${element('name', author.name)}${author.email ? element('email', author.email) : ''}` +
      `${author.url ? element('uri', author.url) : ''}</author>`,
    element('generator', generator.name, { uri: generator.url, version: generator.version }),
    feed.selfUrl && emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
    feed.hubUrl && emptyElement('link', { rel: 'hub', href: feed.hubUrl }),
    feed.homeUrl && emptyElement('link', { rel: 'alternate', href: feed.homeUrl }),
    feed.icon && element('icon', feed.icon),
    feed.rights && element('rights', feed.rights, { type: 'text' }),
  ];
  return lines(head, '  ');
}

/** One entry, in three pieces: what comes before the article, the article itself, and the rest. */
function* atomEntry(share: Share, view: EntryView, mode: FeedSettings['mode']): Generator<string> {
  const before = [
    element('id', view.id),
    textConstruct('title', view.title),
    view.url && emptyElement('link', { rel: 'alternate', href: view.url }),
    // RFC 4287 makes length optional; we do not know the image's size, so we state none rather than guess.
    view.image && emptyElement('link', { rel: 'enclosure', type: view.image.type ?? '', href: view.image.url }),
    element('published', view.published),
    element('updated', view.updated),
    view.author && `<author>${element('name', view.author)}</author>`,
    ...view.tags.map((tag) => emptyElement('category', { term: tag })),
    view.summary && textConstruct('summary', view.summary),
  ];
  const [head, body] = entryContentParts(share, mode, view);
  yield `  <entry${lang(view.language)}>\n${lines(before, ENTRY)}    <content type="html"><![CDATA[${inCdata(head)}`;
  yield inCdata(body);
  yield `]]></content>\n${lines([view.site?.origin && atomSource(view)], ENTRY)}  </entry>\n`;
}

/** Names the original site the way Google Reader's shared items did; its `updated` is when the page last changed. */
function atomSource(view: EntryView): string {
  const site = view.site!;
  return (
    `<source>${element('id', site.origin!)}${element('title', site.name, { type: 'text' })}` +
    `${emptyElement('link', { rel: 'alternate', href: site.origin! })}${site.icon ? element('icon', site.icon) : ''}` +
    `${element('updated', view.sourceUpdated)}</source>`
  );
}

/** Text that readers (and the W3C validator) would take for markup: a tag, an end tag, or a character reference. */
const LOOKS_LIKE_MARKUP = /<[a-zA-Z/!?]|&#?\w+;/;

/**
 * A plain-text title or summary. Text that looks like markup ("Write <a href=…> like this") is sent as HTML,
 * escaped, so no reader renders it as markup and the validator does not take it for undeclared HTML.
 */
function textConstruct(name: string, text: string): string {
  return LOOKS_LIKE_MARKUP.test(text) ? element(name, escapeHtml(text), { type: 'html' }) : element(name, text, { type: 'text' });
}

function lang(language: string | null): string {
  return language ? ` xml:lang="${escapeAttr(language)}"` : '';
}
