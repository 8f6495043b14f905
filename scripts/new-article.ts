// npm run new -- "Headline" [--type KIND] [--content-dir PATH]
// Writes a draft article with today's date, the slug from the headline, the default section
// and the kind of work (news unless --type says otherwise), and prints its path. Refuses a
// slug that is taken and a kind of work the site does not have.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleFiles } from '../src/build/content/read-article-files.ts';
import { toZonedIso } from '../src/lib/dates.ts';
import { headlineSlug } from '../src/lib/editor/headline-slug.ts';
import { newArticleErrors } from '../src/lib/editor/new-article-errors.ts';
import { renderArticleFile } from '../src/lib/editor/render-article-file.ts';
import { placeArticle, slugHolders } from '../src/lib/editor/slug-holders.ts';
import { isWorkType, WORK_TYPES } from '../src/lib/trust/work-type.ts';
import { siteConfig } from '../src/site.config.ts';
import { contentDir, shownPath } from './support/content-dir.ts';

/** The body of a new draft, for the editor to replace. */
const PLACEHOLDER = 'Write the story here.';

function fail(message: string, code = 2): never {
  console.error(`new: ${message}${code === 2 ? '\nusage: npm run new -- "Headline" [--type KIND] [--content-dir PATH]' : ''}`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { 'content-dir': { type: 'string' }, type: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals } = readArgs();
// An unquoted headline arrives as several words; they are still one headline.
const headline = positionals.join(' ').replace(/\s+/g, ' ').trim();
if (headline === '') fail('give the headline, in quotes');
const slug = headlineSlug(headline);
if (slug === '') fail('the headline has no Latin letters or digits to make a slug from: add some, the slug is the article’s URL', 1);

const workType = values.type?.trim().toLowerCase();
if (workType !== undefined && !isWorkType(workType)) fail(`--type: "${values.type ?? ''}" is not a kind of work (one of: ${WORK_TYPES.join(', ')})`);

const dir = contentDir(values['content-dir']);
const place = placeArticle(slug, slugHolders(readArticleFiles(dir, dir).sources), false);
if (!place.ok) fail(place.message, 1);
const text = renderArticleFile(
  { title: headline, date: toZonedIso(new Date(), siteConfig.timeZone), ...(workType === undefined ? {} : { type: workType }), section: siteConfig.defaultSection, draft: true },
  [PLACEHOLDER],
);
const errors = newArticleErrors(place.file, text, siteConfig);
if (errors.length > 0) fail(`the draft would not be a valid article:\n${errors.join('\n')}`, 1);
const path = join(dir, place.file);
try {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  fail(`cannot write ${shownPath(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 1);
}
console.log(shownPath(path));
