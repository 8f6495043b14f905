import { stringify } from 'yaml';
import type { WorkType } from '../trust/work-type.ts';

/** The front-matter fields editors' commands write, in the order they are written. */
export interface ArticleFields {
  readonly title: string;
  readonly date: string;
  readonly type?: WorkType;
  readonly dateline?: string;
  readonly description?: string;
  readonly section?: string;
  readonly tags?: readonly string[];
  readonly source?: string;
  readonly draft?: boolean;
}

const ORDER = ['title', 'date', 'type', 'dateline', 'description', 'section', 'tags', 'source', 'draft'] as const;

/**
 * An article file: YAML front matter, then the body's Markdown paragraphs. Every value goes
 * through the YAML library, so a headline such as `Brexit: "the end"` or `[Update] …` is
 * quoted and reads back exactly as given. A note becomes a comment after its field's value.
 */
export function renderArticleFile(fields: ArticleFields, paragraphs: readonly string[], notes: Partial<Record<keyof ArticleFields, string>> = {}): string {
  const lines: string[] = [];
  for (const field of ORDER) {
    const value = fields[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const note = notes[field];
    lines.push(`${field}: ${yamlValue(value)}${note === undefined ? '' : ` # ${note}`}`);
  }
  return `---\n${lines.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

// One line per value (no folding), lists in flow style like the content format's examples.
// Only lists: in flow style a comma is syntax, so a scalar with one would be quoted needlessly.
function yamlValue(value: string | boolean | readonly string[]): string {
  const flow = Array.isArray(value) ? ({ collectionStyle: 'flow', flowCollectionPadding: false } as const) : {};
  return stringify(value, { lineWidth: 0, ...flow }).trimEnd();
}
