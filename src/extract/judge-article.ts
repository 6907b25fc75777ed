/**
 * Whether what Readability found is worth sharing as "the article". Readability always returns its best guess;
 * on pages without an article that guess is a menu, a cookie banner, a "please enable JavaScript" notice or a
 * paywall teaser. Thresholds were set on the 78-page fixture corpus (see extract-corpus.test.ts).
 */

export type Rejection = 'empty' | 'short' | 'links' | 'notice' | 'paywall';

export interface ArticleFacts {
  /** Visible text of the sanitized article. */
  text: string;
  words: number;
  /** Share of the article's text that sits inside links. */
  linkDensity: number;
  /** Visible text of the whole page; asked only for short articles (it costs a walk of the page). */
  pageText: () => string;
  /** Readability's own guess (isProbablyReaderable), asked only when the length alone does not decide. */
  readerable: () => boolean;
}

/** Articles at least this long are accepted whatever the rest of the page holds (the shortest real one has 144). */
const LONG_WORDS = 100;
/** Below this, a short article must also be most of the page's text. */
const MIN_SHARE_OF_PAGE = 0.4;
const MIN_WORDS = 10;

const NOTICE = [
  /you can['’]t perform that action at this time/i,
  /(?:enable|turn on|activate) (?:your )?javascript/i,
  /javascript (?:is )?(?:required|disabled|must be enabled)/i,
  /(?:we|this (?:site|website)) uses? cookies/i,
  /(?:accept|allow|reject) (?:all )?cookies/i,
  /cookie (?:policy|settings|preferences|consent)/i,
  /(?:please )?(?:disable|turn off) (?:your )?ad ?blocker/i,
  /checking (?:if the site connection is secure|your browser)/i,
  /access (?:to this page has been )?denied/i,
  /page (?:not found|could not be found)|\b404\b.{0,40}not found/i,
  /(?:something went wrong|an error (?:has )?occurred)[.,!]? (?:please )?(?:try again|reload)/i,
];

/**
 * Prompts that say the story stops here. Readability often leaves a paywall box out of the article (it sits after
 * the teaser), so a short article is also rejected when the page around it says one of these.
 */
const CUT_OFF = [
  /subscribe (?:now )?to (?:continue|keep) reading/i,
  /(?:continue|keep) reading (?:with|by subscribing|for just)/i,
  /(?:this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) (?:paying )?subscribers)/i,
  /(?:sign|log) ?in (?:or subscribe )?to (?:continue|read)/i,
  /you(?:['’]ve| have) (?:reached|used) (?:your|all) (?:\w+ )?(?:free )?(?:article|story) (?:limit|articles)/i,
  /create (?:a )?free account to (?:continue|read)/i,
];

/** In the article itself, also the sign-in line, which many sites show in their header on every free story. */
const PAYWALL = [...CUT_OFF, /already (?:a )?(?:subscriber|member)\?\s*(?:sign|log) ?in/i];

/** Pages that are only notices are short; a long article that merely mentions cookies is still an article. */
const NOTICE_MAX_WORDS = 150;
const PAYWALL_MAX_WORDS = 400;

export function judgeArticle(facts: ArticleFacts): Rejection | null {
  const { text, words } = facts;
  if (words < MIN_WORDS || text.trim().length < 40) return 'empty';
  if (words < PAYWALL_MAX_WORDS && PAYWALL.some((re) => re.test(text))) return 'paywall';
  if (words < PAYWALL_MAX_WORDS && CUT_OFF.some((re) => re.test(facts.pageText()))) return 'paywall';
  if (words < NOTICE_MAX_WORDS && NOTICE.some((re) => re.test(text))) return 'notice';
  if (facts.linkDensity > 0.5 && words < 1000) return 'links';
  if (words >= LONG_WORDS && facts.readerable()) return null;
  // Short, or on a page Readability's own test doubted: accept only when it is most of what the page says.
  const share = text.length / Math.max(1, facts.pageText().length);
  return share >= MIN_SHARE_OF_PAGE || (words >= LONG_WORDS && share >= MIN_SHARE_OF_PAGE / 4) ? null : 'short';
}
