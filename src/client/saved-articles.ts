import { SAVED_CACHE, SAVED_RECORDS } from './service-worker.ts';

/** A saved article as the Saved page lists it; kept as JSON in the saved cache, under SAVED_RECORDS and the article's path. */
export interface SavedArticle {
  /** Site-relative path of the article, e.g. `/articles/some-story/`. */
  readonly path: string;
  readonly headline: string;
  /** When it was published: the ISO instant and the text the page showed. */
  readonly published?: { readonly iso: string; readonly text: string } | undefined;
  /** When the reader saved it (ISO 8601). */
  readonly savedAt: string;
  /** The same-origin files kept with it so it reads offline as it did (stylesheets, scripts, pictures). */
  readonly files: readonly string[];
}

/** Whether this browser can keep articles: service workers and the Cache API (secure contexts only). */
export function canSaveArticles(): boolean {
  return 'serviceWorker' in navigator && typeof caches !== 'undefined';
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
// A path of this site: never `//host`, a scheme or a backslash, which a link would take elsewhere.
const isSitePath = (value: unknown): value is string => isText(value, 2000) && /^\/(?![/\\])[^\\\s]*$/.test(value);

/**
 * Reads a saved record, or undefined when it is not one: records come from the browser's
 * storage, which anything on this origin can write, so each field is checked before the page
 * shows it (and the page shows it as text only).
 */
export function parseSavedArticle(json: unknown): SavedArticle | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { path, headline, published, savedAt, files } = json as Record<string, unknown>;
  if (!isSitePath(path) || !isText(headline, 1000) || !isText(savedAt, 40) || Number.isNaN(Date.parse(savedAt))) return undefined;
  if (!Array.isArray(files) || !files.every(isSitePath)) return undefined;
  const date = typeof published === 'object' && published !== null ? (published as Record<string, unknown>) : undefined;
  const dated = date !== undefined && isText(date['iso'], 40) && isText(date['text'], 200) ? { iso: date['iso'], text: date['text'] } : undefined;
  return { path, headline, published: dated, savedAt, files };
}

/** The files no remaining record needs: every kept entry but the records, their pages and their files. */
export function unusedFiles(keptPaths: readonly string[], records: readonly SavedArticle[]): string[] {
  const needed = new Set(records.flatMap((record) => [record.path, ...record.files]));
  return keptPaths.filter((path) => !path.startsWith(`${SAVED_RECORDS}/`) && !needed.has(path));
}

const recordPath = (path: string): string => `${SAVED_RECORDS}${path}`;
const open = (): Promise<Cache> => caches.open(SAVED_CACHE);

/** Whether the article at `path` is saved. */
export async function isSaved(path: string): Promise<boolean> {
  return (await (await open()).match(recordPath(path))) !== undefined;
}

/**
 * Saves the article at `path`: its page as the server sends it now, the files it uses, then its
 * record, last, so that a record always has its page.
 */
export async function saveArticle(article: Omit<SavedArticle, 'savedAt'>): Promise<void> {
  const cache = await open();
  const page = await fetch(article.path);
  if (!page.ok) throw new Error(`${article.path}: ${page.status}`);
  await cache.put(article.path, page);
  await Promise.all(
    article.files.map(async (file) => {
      if (await cache.match(file)) return;
      // A picture that will not come is not worth losing the article for.
      const response = await fetch(file).catch(() => undefined);
      if (response?.ok) await cache.put(file, response);
    }),
  );
  const record: SavedArticle = { ...article, savedAt: new Date().toISOString() };
  await cache.put(recordPath(article.path), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

/** Every saved article, the last saved first; records that do not read as one are left out. */
export async function savedArticles(): Promise<SavedArticle[]> {
  const cache = await open();
  const records = await Promise.all(
    (await cache.keys())
      .filter((request) => new URL(request.url).pathname.startsWith(`${SAVED_RECORDS}/`))
      .map(async (request) => parseSavedArticle(await (await cache.match(request))?.json().catch(() => undefined))),
  );
  return records.filter((record) => record !== undefined).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Removes the article at `path`: its record, its page and the files no other saved article uses. */
export async function removeArticle(path: string): Promise<void> {
  const cache = await open();
  await cache.delete(recordPath(path));
  await cache.delete(path);
  const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
  for (const file of unusedFiles(kept, await savedArticles())) await cache.delete(file);
}
