// On a big site most articles' words and named things are kept from the last build (in
// chunks, under the digest of what they were read from), so their bodies need not be read at
// all. An article's body is therefore given either as its text or as a source: a digest that
// changes whenever the text does, and a way to read the text when a chunk must be read again.

/** An article's body as plain text, read only when needed. */
export interface BodyTextSource {
  /** Changes whenever the text does (the digest of the article's file, say). */
  readonly digest: string;
  /** The text, Markdown already stripped; called only when the article's words or named things are read. */
  readonly read: () => string;
}

/** An article's body as plain text, or where to read it. */
export type BodyText = string | BodyTextSource;

/** The text of a body. */
export function bodyTextOf(body: BodyText): string {
  return typeof body === 'string' ? body : body.read();
}

/** What a key of things read from a body holds of it: the text itself, or its source's digest (never a string, so never mistaken for a text). */
export function bodyKeyOf(body: string | { readonly digest: string }): string | { readonly digest: string } {
  return typeof body === 'string' ? body : { digest: body.digest };
}
