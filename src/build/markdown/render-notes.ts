import type { Article } from '../../lib/article.ts';
import { contentProblem, type ContentProblem } from '../../lib/content/problems.ts';
import type { ValidatedArticle } from '../../lib/content/validate-articles.ts';
import { forArticle } from '../../lib/for-article.ts';
import { NOTE_REFUSALS_KEY } from '../../markdown/rehype-note-text.ts';
import { noteMarkdownProcessor } from '../../markdown/note-pipeline.ts';
import { createRendererOf } from './render-markdown.ts';

/** A correction's or update's Markdown to sanitised HTML; throws, in plain words, when it holds what a note may not. */
export type NoteRenderer = (markdown: string) => Promise<string>;

/** The renderer of notes (src/markdown/note-pipeline.ts), with the body renderer's settings. */
export async function createNoteRenderer(): Promise<NoteRenderer> {
  const renderer = await createRendererOf(noteMarkdownProcessor);
  return async (markdown) => {
    // A fresh object each time: rehypeNoteText writes what it refused into it.
    const { code, metadata } = await renderer.render(markdown, { frontmatter: {} });
    const refused: unknown = metadata.frontmatter[NOTE_REFUSALS_KEY];
    if (Array.isArray(refused) && refused.length > 0) {
      throw new Error(`cannot hold ${joinOr(refused.map(String))}: say what changed in a sentence or two of text`);
    }
    return code.trim();
  };
}

/** The lists of changes as the article's front matter wrote them, so a failure names the field the editor wrote. */
export interface WrittenChanges {
  readonly corrections?: readonly { readonly text: string }[] | undefined;
  readonly updates?: readonly { readonly text: string }[] | undefined;
}

/**
 * The HTML of every published article's corrections and updates, for the site plan: slug →
 * one HTML string per entry of `article.changes`, in its order (newest first). Only articles
 * with changes are listed, and the renderer is made only when there is one, so a site
 * without corrections pays nothing. A note that fails names its file and field
 * (`corrections.0.text`, counted as the front matter lists them).
 */
export async function renderChangeNotes(articles: readonly Article[], written: (article: Article) => WrittenChanges | undefined): Promise<Map<string, string[]>> {
  const notes = new Map<string, string[]>();
  const changed = articles.filter((article) => article.changes.length > 0);
  if (changed.length === 0) return notes;
  const render = await createNoteRenderer();
  for (const article of changed) {
    // One rendering per text: the same note written twice renders alike.
    const byText = new Map<string, string>();
    for (const { path, text } of writtenNotes(written(article) ?? {})) {
      if (!byText.has(text)) byText.set(text, await forArticle(article.file, path, () => render(text)));
    }
    notes.set(
      article.slug,
      article.changes.map((change) => {
        const html = byText.get(change.text);
        if (html === undefined) throw new Error(`${article.file}: ${change.kind === 'correction' ? 'corrections' : 'updates'}: a change is not in the front matter the article was made from`);
        return html;
      }),
    );
  }
  return notes;
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/**
 * What the note renderer refuses in the corrections' and updates' text of validated articles,
 * as problems naming file, line and field: the build's content check and `npm run
 * check:content` report them with every other problem, before any page is made.
 */
export async function checkChangeNotes(articles: readonly ValidatedArticle[]): Promise<ContentProblem[]> {
  const withNotes = articles.filter((article) => (article.frontMatter.corrections?.length ?? 0) + (article.frontMatter.updates?.length ?? 0) > 0);
  if (withNotes.length === 0) return [];
  const render = await createNoteRenderer();
  const problems: ContentProblem[] = [];
  for (const article of withNotes) {
    for (const { path, text } of writtenNotes(article.frontMatter)) {
      try {
        await render(text);
      } catch (error) {
        problems.push(contentProblem(article.file, article.lineOf(path), path, error instanceof Error ? error.message : String(error)));
      }
    }
  }
  return problems;
}

// Each correction's and update's text with its field as the front matter lists it (`corrections.0.text`).
function writtenNotes(lists: WrittenChanges): { path: string; text: string }[] {
  return (['corrections', 'updates'] as const).flatMap((field) => (lists[field] ?? []).map((change, i) => ({ path: `${field}.${i}.text`, text: change.text })));
}
