import { defaultSchema, type Schema } from 'hast-util-sanitize';

const allowedTags = [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr', 'time', 'caption', 'cite', 'small'];

/**
 * What raw HTML in an article may keep: GitHub's rules (no scripts, styles, event handlers,
 * frames, forms or `javascript:`/`data:` URLs) plus a few news elements (`figure`, `time`).
 * Authors' own `id` and `name` attributes go, so nothing can clobber page globals or our
 * anchors; the ids remark writes for footnotes (`user-content-…`, `footnote-label`) stay.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: allowedTags.filter((tag) => !['input', 'h1'].includes(tag)),
  clobber: [],
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter(
        (attribute) => !['id', 'name', 'accessKey', 'tabIndex', 'action', 'method', 'encType', 'acceptCharset', 'accept'].includes(String(attribute)),
      ),
      ['id', /^user-content-/, 'footnote-label'],
    ],
    time: ['dateTime'],
    abbr: ['title'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'textarea', 'select', 'button'],
};
