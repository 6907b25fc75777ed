/** What a capture of a page holds: the extractor's answer, as the background passes it to the popup. */
import type { Article, Capture } from './share';

export interface CapturedPage {
  /** The document URL. */
  url: string;
  /** canonicalUrl(link rel=canonical | og:url | url). */
  canonicalUrl: string;
  /** Cleaned title, never empty (falls back to the page's first heading, then the URL's host and path). */
  title: string;
  /** What `article` holds. */
  capture: Capture;
  /** Null only for 'link'. */
  article: Article | null;
  /** Other captures the person may choose instead (e.g. 'selection' when text is selected, always 'link'). */
  alternatives: { capture: Capture; article: Article | null }[];
  /** One sentence for the popup when we fell back or cut; null when a clean article was captured. */
  notice: string | null;
}
