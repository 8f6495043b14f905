// A start tag as hast-util-to-html writes it: attribute values may hold `>` inside quotes,
// and a `<` in text is always escaped, so every `<letter` starts a tag.
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const URL_ATTRIBUTE = /(\s(?:href|src|cite|longdesc|poster)\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
// Our own "#" links beside paragraphs and headings: page furniture, not content.
const DEEP_LINK = /<a\s[^>]*class="anchor"[^>]*><\/a>/g;
// An image Astro left for its own image pipeline (a picture path in the Markdown body);
// it has no URL a feed reader could fetch.
const ASTRO_IMAGE = /<img\s[^>]*__ASTRO_IMAGE_[^>]*>/g;

/**
 * An article body's HTML made fit for a feed: every relative link and picture made
 * absolute against the article's URL (feed readers have no page to resolve them against),
 * and our deep-link anchors removed.
 */
export function feedContentHtml(html: string, articleUrl: string): string {
  return html
    .replace(DEEP_LINK, '')
    .replace(ASTRO_IMAGE, '')
    .replace(START_TAG, (tag: string) =>
      tag.replace(URL_ATTRIBUTE, (_all, prefix: string, _value, double?: string, single?: string, bare?: string) => {
        const raw = decodeEntities(double ?? single ?? bare ?? '');
        return `${prefix}"${encodeAttribute(absolute(raw, articleUrl))}"`;
      }),
    );
}

function absolute(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url.trim())) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_all, entity: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
    const lower = entity.toLowerCase();
    if (lower in named) return named[lower] ?? '';
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    // Beyond Unicode (fromCodePoint would throw): the replacement character, as HTML reads it.
    return code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
  });
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
