/** True when `value` is an absolute `http:` or `https:` URL, as feeds, sitemaps and Open Graph require. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
