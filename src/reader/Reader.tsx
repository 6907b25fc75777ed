/**
 * The stored copy of a share, for reading. The article was sanitized when captured, but the database can hold
 * anything a restored backup carried, so it is sanitized again here before it touches the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../shared/protocol';
import { sanitizeArticleHtml } from '../core/sanitize';
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
  // The same gate as at capture: reading markup only, every URL absolute http(s), resolved against the original.
  const html = article ? sanitizeArticleHtml(article.content, window, share.url) : '';
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
      {/* Sanitized just above with DOMPurify (core/sanitize.ts). */}
      <div class="content" dangerouslySetInnerHTML={{ __html: html }} />
      {article?.truncated && <p class="notice">This copy was shortened when it was saved; the original has the rest.</p>}
    </article>
  );
}
