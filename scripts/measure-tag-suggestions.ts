// npx node scripts/measure-tag-suggestions.ts
// How well do the importer's tag suggestions match what editors pick? Compares them with the
// seed article's tags (../shared/seed) and with the place, people and organisation labels of
// 20 Reuters stories (../shared/corpora, written to a temporary folder, never into the
// project). Prints each story's suggestions against its labels, then precision and recall.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFrontMatterError, parseFrontMatter } from '../src/lib/content/front-matter.ts';
import { markdownBlocks } from '../src/lib/plain-text.ts';
import { decodeWireText } from '../src/lib/wire/decode-wire-text.ts';
import { parseWireCopy } from '../src/lib/wire/parse-wire-copy.ts';
import { suggestTags } from '../src/lib/wire/suggest-tags.ts';
import { CORPORA_DIR, corporaAvailable, PROJECT_ROOT } from './support/corpus.ts';

interface Score {
  suggested: number;
  suggestedRight: number;
  labels: number;
  labelsFound: number;
}

const SEED = join(PROJECT_ROOT, '../shared/seed/kim-jong-un-in-russia.txt');
const SEED_ARTICLE = join(PROJECT_ROOT, 'content/articles/kim-jong-un-in-russia.md');

// Reuters writes places as lower-case codes ("usa", "west-germany") and people by surname
// ("volcker", "james-baker"); names as a story spells them are brought to those codes.
const CODES: Record<string, string> = {
  us: 'usa',
  usa: 'usa',
  'united-states': 'usa',
  america: 'usa',
  'united-states-of-america': 'usa',
  uk: 'uk',
  britain: 'uk',
  'great-britain': 'uk',
  'united-kingdom': 'uk',
  england: 'uk',
  'soviet-union': 'ussr',
  ussr: 'ussr',
  'west-germany': 'west-germany',
  'federal-republic-of-germany': 'west-germany',
  'east-germany': 'east-germany',
  'european-community': 'ec',
  eec: 'ec',
  'european-economic-community': 'ec',
  'world-bank': 'worldbank',
  'international-monetary-fund': 'imf',
  'organization-of-petroleum-exporting-countries': 'opec',
};

function code(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return CODES[slug] ?? slug;
}

// A suggestion matches a label when their codes agree, or a person's surnames do.
function matches(suggestion: string, label: string): boolean {
  const suggested = code(suggestion);
  if (suggested === label) return true;
  const surname = suggested.split('-').pop();
  return label.split('-').pop() === surname && suggestion.includes(' ');
}

function score(suggestions: readonly string[], labels: readonly string[]): Score {
  return {
    suggested: suggestions.length,
    suggestedRight: suggestions.filter((s) => labels.some((l) => matches(s, l))).length,
    labels: labels.length,
    labelsFound: labels.filter((l) => suggestions.some((s) => matches(s, l))).length,
  };
}

function add(total: Score, one: Score): void {
  total.suggested += one.suggested;
  total.suggestedRight += one.suggestedRight;
  total.labels += one.labels;
  total.labelsFound += one.labelsFound;
}

function report(name: string, total: Score): void {
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}% (${a}/${b})`);
  console.log(`${name}: precision ${pct(total.suggestedRight, total.suggested)}, recall ${pct(total.labelsFound, total.labels)}`);
}

function show(title: string, suggestions: readonly string[], labels: readonly string[]): void {
  const mark = (s: string) => (labels.some((l) => matches(s, l)) ? `${s} ✓` : s);
  console.log(`\n${title}\n  suggested: ${suggestions.map(mark).join(', ') || '(none)'}\n  labels:    ${labels.join(', ') || '(none)'}`);
}

if (existsSync(SEED)) {
  const decoded = decodeWireText(readFileSync(SEED));
  const parsed = decoded.ok ? parseWireCopy(decoded.text) : decoded;
  const article = parseFrontMatter(readFileSync(SEED_ARTICLE, 'utf8'));
  if (parsed.ok && !isFrontMatterError(article)) {
    const editors = (article.data['tags'] as string[] | undefined) ?? [];
    const suggestions = suggestTags(parsed.story);
    show('seed: kim-jong-un-in-russia (against the editor’s tags)', suggestions, editors.map(code));
    report('seed', score(suggestions, editors.map(code)));
  }
} else {
  console.log('seed: skipped, ../shared/seed is not here');
}

if (!corporaAvailable()) {
  console.log('reuters: skipped, ../shared/corpora is not here (the measurement needs the Reuters corpus beside the project)');
  process.exit(0);
}
const scratch = mkdtempSync(join(tmpdir(), 'dispatch-tag-measure-'));
try {
  const articles = join(scratch, 'articles');
  const labelsFile = join(scratch, 'labels.json');
  const made = spawnSync(process.execPath, [join(CORPORA_DIR, 'materialize.mjs'), 'reuters21578', articles, '--limit', '20', '--tags', 'places', '--labels', labelsFile], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`materialize.mjs failed: ${made.stderr}`);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, { places?: string[]; people?: string[]; orgs?: string[] }>;
  const all: Score = { suggested: 0, suggestedRight: 0, labels: 0, labelsFound: 0 };
  const labelled: Score = { ...all };
  for (const name of readdirSync(articles)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const slug = name.replace(/\.md$/, '');
    const parsed = parseFrontMatter(readFileSync(join(articles, name), 'utf8'));
    if (isFrontMatterError(parsed)) continue;
    // The story as the importer would see it: headline and paragraphs, never the tags.
    const suggestions = suggestTags({ headline: String(parsed.data['title']), paragraphs: markdownBlocks(parsed.body) });
    const own = labels[slug] ?? {};
    const wanted = [...(own.places ?? []), ...(own.people ?? []), ...(own.orgs ?? [])];
    show(`${slug}: ${String(parsed.data['title'])}`, suggestions, wanted);
    const one = score(suggestions, wanted);
    add(all, one);
    if (wanted.length > 0) add(labelled, one);
  }
  console.log('');
  report('reuters, all 20 stories', all);
  report('reuters, stories with at least one label', labelled);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
