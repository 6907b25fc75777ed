/** The User Timing mark the popup sets when its first page of history is ready to paint; `npm run bench` reads it. */
export const FIRST_LIST_MARK = 'sharefeed:first-list';
