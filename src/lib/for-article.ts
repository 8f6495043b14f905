/** A failure while making one article (its data, page, body or share image), naming its file and the field or part it was making. */
export class ArticleFailure extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${field}: ${message}`, options);
    this.name = 'ArticleFailure';
    this.file = file;
    this.field = field;
  }
}

// A message that already starts by naming an article file (`a.md: …`, `a.md:12: …`), as
// the content checks' and this module's do: passed on as it is, never named twice.
const NAMES_A_FILE = /^[^\n]*?\.md(?::\d+)?: /i;

/**
 * Runs one step of making the article in `file` (`field`: the front-matter field or the part
 * of the article it makes: `body`, `page`, `share image`…). Whatever it throws, or its
 * promise rejects with, is thrown again as an ArticleFailure naming the file and field, the
 * original kept as its cause, so one bad article stops the build saying which it is.
 */
export function forArticle<T>(file: string, field: string, step: () => T): T {
  let result: T;
  try {
    result = step();
  } catch (error) {
    throw articleFailure(file, field, error);
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      throw articleFailure(file, field, error);
    }) as T;
  }
  return result;
}

/** The failure `error` means for the article in `file`: itself when it already names an article file. */
export function articleFailure(file: string, field: string, error: unknown): Error {
  if (error instanceof ArticleFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (NAMES_A_FILE.test(message)) return error instanceof Error ? error : new Error(message);
  // What a stack overflow means here: some part of the article nests deeper than a step can follow.
  const described = error instanceof RangeError && /call stack/i.test(message) ? 'nested too deep to process (the call stack overflowed)' : message;
  return new ArticleFailure(file, field, described, { cause: error });
}
