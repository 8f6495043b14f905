// npm run bench -- --articles N [--tags none|places] [--keep-cache] [--rebuild] [--cold-images] [--record]
// --cold-images draws every share image during the build (an empty image cache) instead of
// using .cache/share-images, to measure that cost.
// Builds the site from N Reuters articles (../shared/corpora) in a scratch folder and prints
// articles, wall seconds, ms per article, peak RSS, pages and bytes written. Past the corpus's
// size, its articles come again as yearly editions, each with a slug and dates of its own.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTargets, tenThousandRow } from './support/bench-targets.ts';
import { buildCommand, defaultHeapLimitBytes } from './support/build-command.ts';
import { corporaAvailable, materializeCorpus, PROJECT_ROOT } from './support/corpus.ts';
import { addYearlyEditions } from './support/yearly-editions.ts';
import { runMeasured } from './support/measure-process-tree.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    tags: { type: 'string', default: 'none' },
    'keep-cache': { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    'cold-images': { type: 'boolean', default: false },
  },
});

/** Adds or replaces this run's row in docs/benchmarks.md (one row per article count and tags mode). */
function recordRow(figures: readonly [string, string][]): void {
  const file = join(PROJECT_ROOT, 'docs/benchmarks.md');
  const header = [
    '| articles | tags | wall s | ms/article | peak RSS MB (build) | peak RSS MB (with Pagefind, workers) | CPU s | pages | MB written | rebuild after one edit s | date |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const intro =
    lines.length > 0
      ? lines.slice(
          0,
          lines.findIndex((l) => l.startsWith('| articles')),
        )
      : [
          '# Build benchmarks',
          '',
          'Written by `npm run bench -- --articles N [--tags places] [--rebuild] --record` (Reuters articles from `../shared/corpora`,',
          'a clean build except the share-image cache in `.cache/`). Each run replaces the row of its size and tags mode.',
          '',
        ];
  const value = (name: string) => figures.find(([n]) => n === name)?.[1] ?? '';
  const row = `| ${value('articles')} | ${tags} | ${value('wall seconds')} | ${value('ms per article')} | ${value('peak RSS (MB)')} | ${value('peak RSS, tree (MB)')} | ${value('CPU seconds')} | ${value('pages written')} | ${value('bytes written (MB)')} | ${value('rebuild seconds') || '–'} | ${new Date().toISOString().slice(0, 10)} |`;
  const rowsKept = lines.filter((l) => /^\| \d/.test(l) && !l.startsWith(`| ${value('articles')} | ${tags} |`));
  const sorted = [...rowsKept, row].sort((a, b) => Number(a.split('|')[1]) - Number(b.split('|')[1]) || a.localeCompare(b));
  writeFileSync(file, [...intro, ...header, ...sorted, ''].join('\n'));
}

if (!corporaAvailable()) {
  console.log('bench: skipped, ../shared/corpora is not here (the benchmark needs the Reuters corpus beside the project).');
  process.exit(0);
}

const count = Number(values.articles);
const tags = values.tags === 'places' ? 'places' : 'none';
const scratch = join(PROJECT_ROOT, 'scratch', `bench-${count}-${tags}`);
const contentDir = join(scratch, 'articles');
const outDir = join(scratch, 'dist');
const cacheDir = join(scratch, 'cache');
const rssFile = join(scratch, 'peak-rss');
const timingsFile = join(scratch, 'timings.json');
const coldImageCache = join(scratch, 'share-images');
if (values['cold-images']) rmSync(coldImageCache, { recursive: true, force: true });

const fromCorpus = materializeCorpus(contentDir, { corpus: 'reuters21578', limit: count, tags });
const written = fromCorpus < count ? addYearlyEditions(contentDir, count) : fromCorpus;
rmSync(outDir, { recursive: true, force: true });
if (!values['keep-cache']) {
  for (const dir of [cacheDir, join(PROJECT_ROOT, '.astro'), join(PROJECT_ROOT, 'node_modules/.astro'), join(PROJECT_ROOT, 'node_modules/.vite')]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { env: buildEnv, nodeFlags } = buildCommand(PROJECT_ROOT);

/** One `astro build` of the scratch content (as `npm run build` runs it), measured and reported; returns the report's rows. */
async function buildAndReport(label: string): Promise<[string, string][]> {
  const started = Date.now();
  const result = await runMeasured(
    process.execPath,
    [...nodeFlags, '--import', join(PROJECT_ROOT, 'scripts/support/record-peak-rss.mjs'), join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        ...buildEnv,
        DISPATCH_CONTENT_DIR: contentDir,
        DISPATCH_OUT_DIR: outDir,
        DISPATCH_CACHE_DIR: cacheDir,
        DISPATCH_RSS_FILE: rssFile,
        DISPATCH_TIMINGS_FILE: timingsFile,
        ...(values['cold-images'] ? { DISPATCH_SHARE_IMAGE_CACHE: coldImageCache } : {}),
      },
    },
  );
  const { seconds } = result;
  // Astro's own report of the build, for reading what happened after the figures.
  writeFileSync(join(scratch, `${label.replace(/[^a-z]+/g, '-')}.log`), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    console.error(`bench: the build failed (exit ${result.status})`);
    process.exit(1);
  }

  const outputFiles = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const htmlFiles = outputFiles.filter((e) => e.name.endsWith('.html'));
  const pages = htmlFiles.length;
  // Pages this build wrote have a newer modification time; the others were left as they were.
  const rewritten = htmlFiles.filter((e) => statSync(join(e.parentPath, e.name)).mtimeMs >= started).length;
  const bytes = outputFiles.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
  const articlePages = existsSync(join(outDir, 'articles')) ? readdirSync(join(outDir, 'articles')).length : 0;
  const recorded = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { peakRssBytes: number; heapLimitBytes: number }) : undefined;
  const peakRss = recorded?.peakRssBytes ?? NaN;

  const rows: [string, string][] = [
    ['articles', String(written)],
    ['article pages', String(articlePages)],
    ['wall seconds', seconds.toFixed(1)],
    ['ms per article', ((seconds * 1000) / written).toFixed(2)],
    ['peak RSS (MB)', (peakRss / 1024 / 1024).toFixed(0)],
    ['peak RSS, tree (MB)', (result.peakTreeRss / 1024 / 1024).toFixed(0)],
    ['heap limit (MB)', ((recorded?.heapLimitBytes ?? NaN) / 1024 / 1024).toFixed(0)],
    ['CPU seconds', result.cpuSeconds.toFixed(1)],
    ['pages written', String(pages)],
    ['bytes written (MB)', (bytes / 1024 / 1024).toFixed(1)],
  ];
  console.log(`bench: ${label} of ${written} Reuters articles (tags: ${tags})`);
  for (const [name, value] of rows) console.log(`${name.padEnd(20)} ${value}`);
  if (existsSync(timingsFile)) {
    console.log('phases (ms; rendering includes the work pages call on demand):');
    for (const [phase, ms] of Object.entries(JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>)) console.log(`  ${phase.padEnd(48)} ${String(ms).padStart(8)}`);
  }
  if (rewritten < pages) console.log(`${'pages rendered'.padEnd(20)} ${rewritten} (${pages - rewritten} unchanged, kept from the last build)`);
  if (articlePages !== written) {
    console.error(`bench: ${written} articles but ${articlePages} article pages: something was lost`);
    process.exit(1);
  }
  return rows;
}

const rows = await buildAndReport(values['cold-images'] ? 'cold build, every share image drawn' : 'cold build');
if (values.rebuild) {
  // An editor's typical change: one sentence added to one story in the middle of the archive.
  const files = readdirSync(contentDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const edited = join(contentDir, files[Math.floor(files.length / 2)] ?? '');
  writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\nThis sentence was added by the benchmark's edit.\n`);
  console.log(`\nbench: edited ${edited}`);
  const again = await buildAndReport('rebuild after editing one article');
  rows.push(['rebuild seconds', again.find(([n]) => n === 'wall seconds')?.[1] ?? '']);
}
const figure = (name: string) => Number(rows.find(([n]) => n === name)?.[1]);
const benchmarksFile = join(PROJECT_ROOT, 'docs/benchmarks.md');
// Compared with the 10,000 row recorded before this run (record 10,000 first, then 19,042).
const targets = checkTargets({
  articles: written,
  wallSeconds: figure('wall seconds'),
  peakRssMb: figure('peak RSS (MB)'),
  coldImages: values['cold-images'],
  rebuildSeconds: values.rebuild ? figure('rebuild seconds') : undefined,
  tenThousand: existsSync(benchmarksFile) ? tenThousandRow(readFileSync(benchmarksFile, 'utf8'), tags) : undefined,
  heapLimitMb: figure('heap limit (MB)'),
  // In whole MB, as the build's own limit is printed and read back.
  defaultHeapLimitMb: Math.round(defaultHeapLimitBytes(process.execPath) / 2 ** 20),
  nodeFlags: [...nodeFlags, process.env['NODE_OPTIONS'] ?? ''].join(' ').trim(),
});
console.log('\ntargets (issue 8):');
for (const { target, measured, met } of targets) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${target}: ${measured}`);
if (values.record && !values['cold-images']) recordRow(rows);
