import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { GENERATED_ID_MARK } from './generated-ids.ts';

const allowedTags = [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'abbr', 'time', 'caption', 'cite', 'small'];

/**
 * What raw HTML in an article may keep: GitHub's rules (no scripts, styles, event handlers,
 * frames, forms or `javascript:`/`data:` URLs) plus a few news elements (`figure`, `time`).
 * Authors' own `id` and `name` attributes go, so nothing can clobber page globals or our
 * anchors, nor pose as a footnote (`id="footnote-label"` in raw HTML): only the ids remark
 * wrote for footnotes stay, marked as the pipeline's own (`rehypeMarkGeneratedIds`).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: allowedTags.filter((tag) => !['input', 'h1'].includes(tag)),
  clobber: [],
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter((attribute) => !['id', 'name', 'accessKey', 'tabIndex', 'action', 'method', 'encType', 'acceptCharset', 'accept'].includes(String(attribute))),
      ['id', new RegExp(`^${GENERATED_ID_MARK}`)],
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
