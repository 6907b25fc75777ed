/**
 * The dedupe key of a shared page: the same story reached from a newsletter, a social post or a search ad must
 * map to one URL. Only what identifies the visitor or the campaign is dropped; every other parameter may pick the
 * content (`?id=`, `?p=`, `?page=`), so it stays, byte for byte, in a stable order.
 */

/** Exact parameter names (lowercase) that only track a click or a visitor. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_eid',
  'mc_cid',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'rb_clickid',
  's_cid',
  'wickedid',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'ncid',
  'sr_share',
  'cmpid',
  'at_medium',
  'at_campaign',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'ss_source',
  'ss_campaign_id',
  'srsltid',
]);

/** Whole families of campaign parameters (Google Analytics, Piwik/Matomo, Adobe, HubSpot…). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hsa_', 'stm_'];

function isTracking(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function keyOf(pair: string): string {
  const eq = pair.indexOf('=');
  return eq === -1 ? pair : pair.slice(0, eq);
}

/**
 * `url` (resolved against `base` when relative) without tracking parameters or fragment, host lowercased, default
 * port dropped, remaining parameters sorted by name (stable, so repeated names keep their order). Strings that are
 * not http(s) URLs come back unchanged: the function never throws and applying it twice changes nothing.
 */
export function canonicalUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  // Pairs are kept as written (no re-encoding), so a server sees exactly the parameters it sent.
  const pairs = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(keyOf(pair)));
  const sorted = pairs
    .map((pair, index) => ({ pair, key: keyOf(pair), index }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.pair);
  parsed.hash = '';
  parsed.search = sorted.length ? `?${sorted.join('&')}` : '';
  return parsed.href;
}
