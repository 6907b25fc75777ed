/** What will be shared: site, byline, excerpt, length and lead image, as captured from the page. */
import type { Article } from '../../core/share';

export function ArticlePreview({ article }: { article: Article | null }) {
  if (!article) return <p class="muted">Only the link and title will be shared.</p>;
  const minutes = Math.max(1, Math.round(article.wordCount / 230));
  return (
    <div class="preview">
      {article.image && (
        <img
          class="thumb"
          src={article.image}
          alt=""
          referrerpolicy="no-referrer"
          onError={(e) => ((e.target as HTMLImageElement).hidden = true)}
        />
      )}
      <div>
        <div class="muted small">{[article.siteName, article.byline].filter(Boolean).join(' · ')}</div>
        {article.excerpt && <p class="excerpt">{article.excerpt}</p>}
        <div class="muted small" data-testid="word-count">
          {article.wordCount.toLocaleString()} words · {minutes} min read
        </div>
      </div>
    </div>
  );
}
