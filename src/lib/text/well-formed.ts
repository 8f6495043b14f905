/**
 * `text` with every lone surrogate (half of a pair, cut apart) replaced by U+FFFD, as
 * the string method `toWellFormed` does: `encodeURIComponent` throws on one. Also in
 * browsers that predate that method, since the share scripts run there too.
 */
export function wellFormed(text: string): string {
  return typeof text.toWellFormed === 'function' ? text.toWellFormed() : text.replace(/\p{Cs}/gu, '\uFFFD');
}
