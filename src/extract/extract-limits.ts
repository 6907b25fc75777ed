/** Bounds that keep extraction quick on any page and stored shares small. Parameters, so tests can shrink them. */
export interface ExtractLimits {
  /** Pages with at least this many elements skip Readability (its time grows with the tree). */
  maxElements: number;
  /** Pages whose HTML is at least this many bytes skip Readability too. */
  maxPageBytes: number;
  /**
   * Captured article HTML is cut, at an element boundary, to this many bytes (UTF-8). The storage gate's escapes
   * (core/stored-share.ts) usually add a few percent, at most 6× — still well inside its cap.
   */
  maxContentBytes: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxElements: 50_000,
  maxPageBytes: 5 * 1024 * 1024,
  maxContentBytes: 512 * 1024,
};
