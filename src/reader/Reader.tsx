/**
 * The stored copy of a share, for reading: the article as the storage gate stored it — the same HTML the feeds
 * carry — passed through the reader's second wall (reader-html.ts) before it touches the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/protocol';
import { readerHtml } from './reader-html';
import type { Share } from '../core/share';
import { formatDate } from '../shared/format-date';

export function Reader({ id }: { id: string }) {
  const [share, setShare] = useState<Share | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void send({ type: 'getShare', id }).then((reply) => (reply.ok ? setShare(reply.share) : setError(reply.error)));
  }, [id]);

  useEffect(() => {
    if (share) document.title = share.title;
  }, [share]);

  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!share) return <p class="muted">Loading…</p>;
  const article = share.article;
  const html = article ? readerHtml(article.content) : '';
  return (
    <article class="reader" lang={article?.lang ?? undefined}>
      <header>
        <p class="muted site">{article?.siteName ?? new URL(share.url).host}</p>
        <h1>{share.title}</h1>
        <p class="muted">{[article?.byline, article?.publishedAt && formatDate(article.publishedAt)].filter(Boolean).join(' · ')}</p>
        <p class="muted">
          Shared {formatDate(share.sharedAt)} ·{' '}
          <a href={share.url} rel="noopener noreferrer">
            Read the original
          </a>
        </p>
        {share.comment && <blockquote class="my-comment">{share.comment}</blockquote>}
      </header>
      {/* Stored by the gate, checked again just above (reader-html.ts). */}
      <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
      {article?.truncated && <p class="notice">This copy was shortened when it was saved; the original has the rest.</p>}
    </article>
  );
}
