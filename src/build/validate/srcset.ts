/**
 * The URLs of a `srcset` attribute, as HTML's parsing algorithm reads them: candidates are
 * split at commas, but a comma inside a URL (`/img?w=1,2 2x`) belongs to the URL.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  const length = srcset.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  while (position < length) {
    while (position < length && (isSpace(srcset[position]) || srcset[position] === ',')) position += 1;
    if (position >= length) break;
    const start = position;
    while (position < length && !isSpace(srcset[position])) position += 1;
    let url = srcset.slice(start, position);
    if (url.endsWith(',')) {
      // A URL that ends in commas ends the candidate: it has no descriptors.
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors (`2x`, `640w`), up to the comma that ends the candidate; a
      // comma inside parentheses belongs to a descriptor, as the algorithm says.
      let depth = 0;
      while (position < length) {
        const c = srcset[position];
        if (c === '(') depth += 1;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        position += 1;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}
