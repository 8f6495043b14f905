// npm run import -- [--date ISO] [--section SLUG] [--dry-run] [--force] [--content-dir PATH] FILE...
// Turns wire copy (plain text: headline, standfirst, paragraphs, agency credit) into articles
// and prints the path of each one written. Exits 1 when any file was refused, 2 on bad usage.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleFiles } from '../src/build/content/read-article-files.ts';
import { parseArticleDate, toZonedIso } from '../src/lib/dates.ts';
import { placeArticle, slugHolders } from '../src/lib/editor/slug-holders.ts';
import { findSection } from '../src/lib/site-config.ts';
import { prepareImport } from '../src/lib/wire/prepare-import.ts';
import { siteConfig } from '../src/site.config.ts';
import { contentDir, shownPath } from './support/content-dir.ts';

const USAGE = 'usage: npm run import -- [--date ISO] [--section SLUG] [--dry-run] [--force] [--content-dir PATH] FILE...';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        section: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'content-dir': { type: 'string' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { values, positionals: files } = readArgs();
if (files.length === 0) fail('name at least one wire file');

let date = toZonedIso(new Date(), siteConfig.timeZone);
if (values.date !== undefined) {
  const parsed = parseArticleDate(values.date, siteConfig.timeZone);
  if (!parsed.ok) fail(`--date ${parsed.message}`);
  date = values.date.trim();
}
const section = values.section ?? siteConfig.defaultSection;
if (!findSection(siteConfig, section)) {
  fail(`--section "${section}" is not a section of this site (one of: ${siteConfig.sections.map((s) => s.slug).join(', ')})`);
}

const dir = contentDir(values['content-dir']);
const holders = slugHolders(readArticleFiles(dir, dir).sources);
let refused = 0;
for (const input of files) {
  const refuse = (message: string) => {
    refused += 1;
    console.error(`${input}: ${message}; nothing written for it`);
  };
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    continue;
  }
  const prepared = prepareImport(bytes, { date, section, site: siteConfig, fileName: basename(input) });
  if (!prepared.ok) {
    refuse(prepared.message);
    continue;
  }
  const place = placeArticle(prepared.slug, holders, values.force);
  if (!place.ok) {
    refuse(place.message);
    continue;
  }
  // Later files in the same call must not take this slug either, dry run or not.
  holders.set(prepared.slug, { file: place.file, as: 'slug' });
  const path = join(dir, place.file);
  if (values['dry-run']) {
    console.log(`${shownPath(path)} (dry run: not written${place.replaces ? '; would replace the article there' : ''})\n${prepared.text}`);
    continue;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    // 'wx' never overwrites: a file that appeared since the folder was read is left alone.
    writeFileSync(path, prepared.text, { flag: place.replaces ? 'w' : 'wx' });
  } catch (error) {
    refuse(`cannot be written to ${shownPath(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    continue;
  }
  if (place.replaces) console.error(`${input}: replaced the article in ${shownPath(path)} (--force)`);
  console.log(shownPath(path));
}
process.exit(refused > 0 ? 1 : 0);
