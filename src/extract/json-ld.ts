/** The article facts a page states about itself in schema.org JSON-LD, when it does. */

export interface JsonLdFacts {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  image: string | null;
  description: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting|Review|Recipe|HowTo/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Every object of every block, with `@graph` members and arrays flattened. */
function flatten(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out);
  }
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** A person, an organisation, or a list of them, as one comma-separated name. */
function names(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value ?? null];
  const found = list.map((entry) => (isObject(entry) ? text(entry.name) : text(entry))).filter((name): name is string => name !== null);
  return found.length ? found.join(', ') : null;
}

function imageUrl(value: Json | undefined): string | null {
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (isObject(value)) return text(value.url) ?? text(value.contentUrl);
  return text(value);
}

function parseBlock(source: string): Json {
  try {
    return JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
  } catch {
    return null; // Broken JSON-LD is common; the page's other markup still speaks.
  }
}

export function readJsonLd(doc: Document): JsonLdFacts {
  const items: JsonObject[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    // The attribute, not `.type`: an SVG <script> in some DOMs has no such property.
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
      flatten(parseBlock(script.textContent ?? ''), items);
  }
  const article =
    items.find((item) => typesOf(item).some((t) => ARTICLE_TYPE.test(t))) ??
    items.find((item) => typesOf(item).includes('WebPage')) ??
    null;
  if (!article)
    return { headline: null, author: null, publisher: null, datePublished: null, dateModified: null, image: null, description: null };
  return {
    headline: text(article.headline) ?? text(article.name),
    author: names(article.author) ?? names(article.creator),
    publisher: names(article.publisher) ?? names(article.sourceOrganization),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    image: imageUrl(article.image) ?? imageUrl(article.thumbnailUrl),
    description: text(article.description),
  };
}
