// Reads a folder written by ../shared/corpora/materialize.mjs back as the related-links engine's
// input, as the site would: front matter, then the body as plain text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedInput } from '../../src/lib/related/types.ts';

/** Reads the simple front matter materialize.mjs writes: one `key: value` a line, JSON-quoted strings and lists. */
export const parseFrontMatter = (block: string): Record<string, unknown> => {
  const data: Record<string, unknown> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) continue;
    const raw = (m[2] ?? '').trim();
    data[m[1]!] = raw.startsWith('"') || raw.startsWith('[') ? JSON.parse(raw) : raw;
  }
  return data;
};

/**
 * Markdown to plain text, enough for wire copy: links, images, headings, list marks, emphasis,
 * and the backslash escapes materialize.mjs writes (set aside first, so that an escaped "*" is
 * never read as emphasis).
 */
export const stripMarkdown = (md: string): string => {
  const escaped: string[] = [];
  const guarded = md.replace(/\\([\\`*_[\]<>|#~+.)!-])/g, (_, c: string) => `\u0000${escaped.push(c) - 1}\u0001`);
  return guarded
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-+*]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/\u0000(\d+)\u0001/g, (_, i: string) => escaped[Number(i)] ?? '');
};

/** Reads one materialised article as the engine's input. */
export const readMaterializedArticle = (dir: string, slug: string): RelatedInput => {
  const text = readFileSync(join(dir, `${slug}.md`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${slug}.md: no front matter`);
  const front = parseFrontMatter(m[1]!);
  return {
    slug,
    title: typeof front.title === 'string' ? front.title : '',
    standfirst: typeof front.description === 'string' ? front.description : '',
    bodyText: stripMarkdown(m[2]!).trim(),
    tags: Array.isArray(front.tags) ? front.tags.map(String) : [],
    section: typeof front.section === 'string' ? front.section : '',
    date: new Date(String(front.date)),
    pinned: [],
  };
};
