// npm run bench -- --articles N [--tags none|places] [--warm] [--rebuild] [--search [--search-word WORD]]
//                  [--shards N [--parallel P]] [--cold-images] [--keep-cache] [--record]
// npm run bench -- --compare-bare [--articles 5000] [--runs 2] [--tags none|places] [--search]
//
// Builds the site from N Reuters articles (../shared/corpora) in a scratch folder and prints,
// for each build, wall seconds, ms per article, peak RSS (the build, and its whole process
// tree), pages written and bytes in the output, then the time per article against the 10,000
// row of docs/benchmarks.md and every target that applies, each `met` or `NOT MET`. Past the
// corpus's size, its articles come again as yearly editions, each with a slug and dates of its own.
// What a clean build must not find (the last run's output and caches) is moved into the scratch
// folder's trash/ and deleted after the last measurement (scripts/support/folder-trash.ts).
//   --warm          then builds again with nothing changed;
//   --rebuild       then adds a sentence to one article and builds again;
//   --search        then searches a common word (--search-word, "said" by default) in Chromium
//                   on the built site and sums what it downloaded from the search index;
//   --shards N      then builds the same articles sharded (npm run build:sharded: the plan, N
//                   shards one at a time, or --parallel P at a time, the merge), from clean
//                   caches, and compares each shard's memory and the critical path of N
//                   machines (plan + slowest shard + merge) with the cold single build; the
//                   merge moves the shards' files (--move), as the CI merge job does;
//   --sharded-only  with --shards: builds only sharded, with no single build (an archive too big
//                   to build whole, such as 200,000 articles to show per-shard figures stay flat as
//                   N grows); the critical path is then printed without its ratio;
//   --cold-images   starts with an empty share-image cache instead of .cache/share-images;
//   --keep-cache    keeps the build's caches (a clean build sets them aside);
//   --record        writes the run's row into docs/benchmarks.md.
// At 100,000 articles or more the first build starts from nothing (--cold-images) and --warm,
// --rebuild and --search are on, so one run checks every archive target.
// --compare-bare builds a bare Astro blog of the same articles (scripts/support/bare-blog.ts)
// and the full site back to back, alternating, each from clean caches (the share-image cache
// kept), --runs times each (2 by default; 5,000 articles by default), and compares the least of each.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bareBlogCacheDirs, writeBareBlog } from './support/bare-blog.ts';
import { ARCHIVE_ARTICLES, checkTargets, evaluateTargets, formatTargets, perArticleRatio, tenThousandRow, type BuildFigures, type RunFigures } from './support/bench-targets.ts';
import { buildCommand, defaultHeapLimitBytes } from './support/build-command.ts';
import { corporaAvailable, materializeCorpus, PROJECT_ROOT } from './support/corpus.ts';
import { openFolderTrash } from './support/folder-trash.ts';
import { CHROMIUM_PATH } from '../tests/support/browser.ts';
import { runMeasured, type MeasuredRun } from './support/measure-process-tree.ts';
import { measureSearchDownload, type SearchDownload } from './support/search-download.ts';
import { addYearlyEditions } from './support/yearly-editions.ts';
import { machineSpeedLine } from './support/machine-speed.ts';
import { runShardedBuild, type ShardedBuild } from './support/sharded-build.ts';
import { SHARDED_TARGETS } from './support/sharded-targets.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    tags: { type: 'string', default: 'none' },
    'keep-cache': { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    'cold-images': { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    'search-word': { type: 'string', default: 'said' },
    'compare-bare': { type: 'boolean', default: false },
    runs: { type: 'string', default: '2' },
    shards: { type: 'string' },
    parallel: { type: 'string', default: '1' },
    'sharded-only': { type: 'boolean', default: false },
  },
});

/** A whole number of at least 1 from an option, or the run stops naming the option. */
function positiveWhole(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${option} must be a whole number of at least 1, found "${text}"`);
    process.exit(2);
  }
  return value;
}

const compareBare = values['compare-bare'];
if (compareBare && (values['cold-images'] || values.record || values.warm || values.rebuild || values['keep-cache'])) {
  console.error('bench: --compare-bare builds each site from clean caches with the share images kept; it takes none of --cold-images, --record, --warm, --rebuild, --keep-cache');
  process.exit(2);
}
const count = positiveWhole('articles', values.articles ?? (compareBare ? '5000' : '1000'));
const runs = positiveWhole('runs', values.runs);
const tags = values.tags === 'places' ? 'places' : 'none';
const archive = !compareBare && count >= ARCHIVE_ARTICLES;
const coldImages = values['cold-images'] || archive;
const warm = values.warm || archive;
const rebuild = values.rebuild || archive;
const search = values.search || count >= ARCHIVE_ARTICLES;
const searchWord = values['search-word'];
const shards = values.shards === undefined ? undefined : positiveWhole('shards', values.shards);
const parallel = positiveWhole('parallel', values.parallel);
const shardedOnly = values['sharded-only'];
if (shardedOnly && (shards === undefined || compareBare || values.record || values.warm || values.rebuild || values.search)) {
  console.error('bench: --sharded-only needs --shards N and takes none of --compare-bare, --record, --warm, --rebuild, --search');
  process.exit(2);
}

/** One build's figures as the benchmark prints and records them. */
interface BuildReport {
  readonly label: string;
  readonly figures: BuildFigures;
  readonly cpuSeconds: number;
  readonly heapLimitMb: number;
  /** HTML files in the output. */
  readonly pagesInOutput: number;
  /** HTML files this build wrote; the others were kept from the last build. */
  readonly pagesWritten: number;
  readonly articlePages: number;
  readonly bytesWritten: number;
  readonly phases: Readonly<Record<string, number>>;
}

/** Adds or replaces this run's row in docs/benchmarks.md (one row per article count and tags mode). */
function recordRow(articles: number, cold: BuildReport, edited: BuildReport | undefined): void {
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
  const { wallSeconds, peakRssMb, peakTreeRssMb } = cold.figures;
  const row = `| ${articles} | ${tags} | ${wallSeconds.toFixed(1)} | ${((wallSeconds * 1000) / articles).toFixed(2)} | ${peakRssMb.toFixed(0)} | ${peakTreeRssMb.toFixed(0)} | ${cold.cpuSeconds.toFixed(1)} | ${cold.pagesInOutput} | ${(cold.bytesWritten / 2 ** 20).toFixed(1)} | ${edited?.figures.wallSeconds.toFixed(1) ?? '–'} | ${new Date().toISOString().slice(0, 10)} |`;
  const rowsKept = lines.filter((l) => /^\| \d/.test(l) && !l.startsWith(`| ${articles} | ${tags} |`));
  const sorted = [...rowsKept, row].sort((a, b) => Number(a.split('|')[1]) - Number(b.split('|')[1]) || a.localeCompare(b));
  writeFileSync(file, [...intro, ...header, ...sorted, ''].join('\n'));
}

if (!corporaAvailable()) {
  console.log('bench: skipped, ../shared/corpora is not here (the benchmark needs the Reuters corpus beside the project).');
  process.exit(0);
}

// The search is measured after every build: a missing browser is said before them, not after.
if (search && !existsSync(CHROMIUM_PATH)) {
  console.error(
    `bench: measuring a reader's search needs Chromium at ${CHROMIUM_PATH} (CHROME_PATH names another), and it is not there: install Debian's (apt-get install chromium, as .ci/run does)${values.search ? ', or leave out --search' : `; at ${count.toLocaleString('en')} articles the search is one of the targets`}`,
  );
  process.exit(2);
}

const scratch = join(PROJECT_ROOT, 'scratch', `bench-${count}-${tags}`);
const contentDir = join(scratch, 'articles');
const outDir = join(scratch, 'dist');
const cacheDir = join(scratch, 'cache');
const rssFile = join(scratch, 'peak-rss');
const timingsFile = join(scratch, 'timings.json');
const coldImageCache = join(scratch, 'share-images');
// What a clean build must not find is moved aside, and deleted once everything is measured.
const trash = openFolderTrash(join(scratch, 'trash'));
if (coldImages) trash.setAside(coldImageCache);

const fromCorpus = materializeCorpus(contentDir, { corpus: 'reuters21578', limit: count, tags });
const written = fromCorpus < count ? addYearlyEditions(contentDir, count) : fromCorpus;

/** Sets aside the full site's output and every cache but the share images', for a clean build. */
function setCachesAside(): void {
  for (const dir of [outDir, cacheDir, join(PROJECT_ROOT, '.astro'), join(PROJECT_ROOT, 'node_modules/.astro'), join(PROJECT_ROOT, 'node_modules/.vite')]) {
    trash.setAside(dir);
  }
}

const { env: buildEnv, nodeFlags } = buildCommand(PROJECT_ROOT);
const preloadRss = ['--import', join(PROJECT_ROOT, 'scripts/support/record-peak-rss.mjs')];

/** Fails the benchmark with the end of a failed build's output. */
function failed(what: string, result: MeasuredRun): never {
  console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
  console.error(`bench: ${what} failed (exit ${result.status})`);
  process.exit(1);
}

/** The peak RSS and heap limit the preloaded recorder wrote for the last build, if it did. */
function recordedRss(): { peakRssBytes: number; heapLimitBytes: number } | undefined {
  if (!existsSync(rssFile)) return undefined;
  const recorded = JSON.parse(readFileSync(rssFile, 'utf8')) as { peakRssBytes: number; heapLimitBytes: number };
  rmSync(rssFile);
  return recorded;
}

/** HTML pages in an output folder, how many were written since `since` (ms), and the bytes of every file. */
function outputFigures(dir: string, since: number): { pages: number; written: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const html = files.filter((e) => e.name.endsWith('.html'));
  return {
    pages: html.length,
    // Pages this build wrote have a newer modification time; the others were left as they were.
    written: html.filter((e) => statSync(join(e.parentPath, e.name)).mtimeMs >= since).length,
    bytes: files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0),
  };
}

/** One `astro build` of the scratch content (as `npm run build` runs it), measured. */
async function buildFullSite(label: string): Promise<BuildReport> {
  rmSync(timingsFile, { force: true });
  const started = Date.now();
  const result = await runMeasured(process.execPath, [...nodeFlags, ...preloadRss, join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...buildEnv,
      DISPATCH_CONTENT_DIR: contentDir,
      DISPATCH_OUT_DIR: outDir,
      DISPATCH_CACHE_DIR: cacheDir,
      DISPATCH_RSS_FILE: rssFile,
      DISPATCH_TIMINGS_FILE: timingsFile,
      ...(coldImages ? { DISPATCH_SHARE_IMAGE_CACHE: coldImageCache } : {}),
    },
  });
  // Astro's own report of the build, for reading what happened after the figures.
  writeFileSync(join(scratch, `${label.replace(/[^a-z0-9]+/g, '-')}.log`), `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) failed(`the build (${label})`, result);
  const output = outputFigures(outDir, started);
  const recorded = recordedRss();
  const report: BuildReport = {
    label,
    figures: { wallSeconds: result.seconds, peakRssMb: (recorded?.peakRssBytes ?? Number.NaN) / 2 ** 20, peakTreeRssMb: result.peakTreeRss / 2 ** 20 },
    cpuSeconds: result.cpuSeconds,
    heapLimitMb: (recorded?.heapLimitBytes ?? Number.NaN) / 2 ** 20,
    pagesInOutput: output.pages,
    pagesWritten: output.written,
    articlePages: existsSync(join(outDir, 'articles')) ? readdirSync(join(outDir, 'articles')).length : 0,
    bytesWritten: output.bytes,
    phases: existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>) : {},
  };
  if (report.articlePages !== written) {
    console.error(`bench: ${written} articles but ${report.articlePages} article pages after the ${label}: something was lost`);
    process.exit(1);
  }
  return report;
}

/** Prints one build's figures and phases. */
function printBuild(report: BuildReport): void {
  const { wallSeconds, peakRssMb, peakTreeRssMb } = report.figures;
  const rows: [string, string][] = [
    ['articles', String(written)],
    ['article pages', String(report.articlePages)],
    ['wall seconds', wallSeconds.toFixed(1)],
    ['ms per article', ((wallSeconds * 1000) / written).toFixed(2)],
    ['peak RSS (MB)', peakRssMb.toFixed(0)],
    ['peak RSS, tree (MB)', peakTreeRssMb.toFixed(0)],
    ['heap limit (MB)', report.heapLimitMb.toFixed(0)],
    ['CPU seconds', report.cpuSeconds.toFixed(1)],
    ['pages in output', String(report.pagesInOutput)],
    ['pages written', `${report.pagesWritten}${report.pagesWritten < report.pagesInOutput ? ` (${report.pagesInOutput - report.pagesWritten} unchanged, kept from the last build)` : ''}`],
    ['bytes written (MB)', (report.bytesWritten / 2 ** 20).toFixed(1)],
  ];
  console.log(`\nbench: ${report.label} of ${written} Reuters articles (tags: ${tags})`);
  for (const [name, value] of rows) console.log(`${name.padEnd(20)} ${value}`);
  if (Object.keys(report.phases).length > 0) {
    console.log('phases (ms; rendering includes the work pages call on demand):');
    for (const [phase, ms] of Object.entries(report.phases)) console.log(`  ${phase.padEnd(48)} ${String(ms).padStart(8)}`);
  }
}

/** Prints what a search downloaded from the index. */
function printSearch(download: SearchDownload): void {
  console.log(`\nbench: a reader's search for "${download.word}" on ${outDir}/search/: ${download.summary}`);
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  console.log(`${'downloaded from /pagefind/'.padEnd(28)} ${(download.bytes / 1000).toFixed(1)} KB in ${files(download.files)}`);
  for (const [kind, { files: kindFiles, bytes }] of Object.entries(download.byKind).sort(([, a], [, b]) => b.bytes - a.bytes)) {
    console.log(`  ${kind.padEnd(26)} ${(bytes / 1000).toFixed(1).padStart(9)} KB in ${files(kindFiles)}`);
  }
}

/** Prints the targets that apply to a run. */
function printTargets(figures: RunFigures): void {
  console.log('\ntargets:');
  for (const line of formatTargets(checkTargets(figures))) console.log(line);
}

const benchmarksFile = join(PROJECT_ROOT, 'docs/benchmarks.md');
// Read before this run records anything: compared with the 10,000 row already there.
const tenThousand = existsSync(benchmarksFile) ? tenThousandRow(readFileSync(benchmarksFile, 'utf8'), tags) : undefined;

/** Builds the bare blog and the full site back to back, alternating, each from clean caches, and compares the least times. */
async function compareWithBareBlog(): Promise<void> {
  const bareRoot = join(PROJECT_ROOT, 'scratch', `bare-blog-${count}-${tags}`);
  writeBareBlog(bareRoot, contentDir, join(PROJECT_ROOT, 'node_modules'));
  const bare: number[] = [];
  const full: number[] = [];
  console.log(`bench: a bare Astro blog (${bareRoot}) against the full site, ${written} Reuters articles (tags: ${tags}), ${runs} run(s) each, alternating`);
  console.log(`${'run'.padEnd(6)} ${'site'.padEnd(6)} ${'wall s'.padStart(8)} ${'RSS MB tree'.padStart(12)} ${'pages'.padStart(8)}`);
  for (let run = 1; run <= runs; run++) {
    for (const dir of bareBlogCacheDirs(bareRoot)) trash.setAside(dir);
    // A new user's build: no flags, no variables but the one that keeps Astro's telemetry off.
    const result = await runMeasured(process.execPath, [join(bareRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bareRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    writeFileSync(join(bareRoot, `build-${run}.log`), `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0) failed('the bare blog build', result);
    const posts = existsSync(join(bareRoot, 'dist/posts')) ? readdirSync(join(bareRoot, 'dist/posts')).length : 0;
    if (posts !== written) {
      console.error(`bench: ${written} articles but the bare blog wrote ${posts} post pages (${join(bareRoot, `build-${run}.log`)})`);
      process.exit(1);
    }
    bare.push(result.seconds);
    console.log(
      `${String(run).padEnd(6)} ${'bare'.padEnd(6)} ${result.seconds.toFixed(1).padStart(8)} ${(result.peakTreeRss / 2 ** 20).toFixed(0).padStart(12)} ${String(outputFigures(join(bareRoot, 'dist'), 0).pages).padStart(8)}`,
    );

    setCachesAside();
    const report = await buildFullSite(`full site, run ${run}`);
    full.push(report.figures.wallSeconds);
    console.log(
      `${String(run).padEnd(6)} ${'full'.padEnd(6)} ${report.figures.wallSeconds.toFixed(1).padStart(8)} ${report.figures.peakTreeRssMb.toFixed(0).padStart(12)} ${String(report.pagesInOutput).padStart(8)}`,
    );
  }
  const bareSeconds = Math.min(...bare);
  const fullSeconds = Math.min(...full);
  console.log(`least: bare ${bareSeconds.toFixed(1)} s, full ${fullSeconds.toFixed(1)} s, ratio ${(fullSeconds / bareSeconds).toFixed(2)}×`);
  const searchDownload = search ? await measureSearchDownload(outDir, searchWord) : undefined;
  if (searchDownload) printSearch(searchDownload);
  printTargets({ articles: written, coldImages: false, bareComparison: { bareSeconds, fullSeconds }, searchDownload });
}

/** The cold build, then as asked a warm one, one after an edit, and a search; then the summary and the targets. */
async function benchmark(): Promise<void> {
  if (archive) console.log(`bench: ${count} articles: the first build starts from nothing (no share image drawn), then a second build, one after an edit and a search`);
  if (values['keep-cache']) trash.setAside(outDir);
  else setCachesAside();
  const builds: BuildReport[] = [];
  const cold = await buildFullSite(coldImages ? 'cold build, from an empty share-image cache' : 'cold build');
  builds.push(cold);
  printBuild(cold);
  const second = warm ? await buildFullSite('second build, nothing changed') : undefined;
  if (second) {
    builds.push(second);
    printBuild(second);
  }
  let edited: BuildReport | undefined;
  if (rebuild) {
    // An editor's typical change: one sentence added to one story in the middle of the archive.
    const files = readdirSync(contentDir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const file = join(contentDir, files[Math.floor(files.length / 2)] ?? '');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThis sentence was added by the benchmark's edit.\n`);
    console.log(`\nbench: edited ${file}`);
    edited = await buildFullSite('rebuild after editing one article');
    builds.push(edited);
    printBuild(edited);
  }
  const searchDownload = search ? await measureSearchDownload(outDir, searchWord) : undefined;
  if (searchDownload) printSearch(searchDownload);

  console.log(`\nbench: summary, ${written} Reuters articles (tags: ${tags})`);
  console.log(`${'build'.padEnd(46)} ${'wall s'.padStart(8)} ${'ms/article'.padStart(11)} ${'RSS MB build'.padStart(13)} ${'RSS MB tree'.padStart(12)} ${'pages written'.padStart(14)}`);
  for (const { label, figures, pagesWritten } of builds) {
    console.log(
      `${label.padEnd(46)} ${figures.wallSeconds.toFixed(1).padStart(8)} ${((figures.wallSeconds * 1000) / written).toFixed(2).padStart(11)} ${figures.peakRssMb.toFixed(0).padStart(13)} ${figures.peakTreeRssMb.toFixed(0).padStart(12)} ${String(pagesWritten).padStart(14)}`,
    );
  }
  if (tenThousand === undefined) console.log(`time per article against 10,000 articles: no 10,000-article row (tags: ${tags}) in docs/benchmarks.md`);
  else {
    const ratio = perArticleRatio(cold.figures.wallSeconds, written, tenThousand);
    console.log(
      `time per article against 10,000 articles: ${((cold.figures.wallSeconds * 1000) / written).toFixed(2)} ms against ${tenThousand.msPerArticle.toFixed(2)} ms (docs/benchmarks.md), ${ratio.toFixed(2)}×`,
    );
  }

  printTargets({
    articles: written,
    coldImages,
    cold: cold.figures,
    warm: second?.figures,
    rebuild: edited?.figures,
    tenThousand,
    heap: {
      // Both in whole MB, as the build's own limit is printed.
      limitMb: Math.round(cold.heapLimitMb),
      defaultLimitMb: Math.round(defaultHeapLimitBytes(process.execPath) / 2 ** 20),
      nodeFlags: [...nodeFlags, process.env['NODE_OPTIONS'] ?? ''].join(' ').trim(),
    },
    searchDownload,
  });
  if (shards !== undefined) await benchmarkSharded(shards, cold.figures.wallSeconds);
  // Rows are clean builds with the image cache kept, except at the archive size, where the row is the first build from nothing.
  if (values.record && !values['cold-images']) recordRow(written, cold, edited);
}

/** The same articles built sharded from clean caches (the share-image cache as the single build had it), measured step by step. */
async function benchmarkSharded(count: number, singleSeconds: number | undefined): Promise<void> {
  const dirs = { shardsDir: join(scratch, 'shards'), outDir: join(scratch, 'dist-sharded'), cacheDir: join(scratch, 'cache-sharded') };
  for (const dir of Object.values(dirs)) trash.setAside(dir);
  mkdirSync(dirs.shardsDir, { recursive: true });
  if (singleSeconds !== undefined) console.log(`\n${machineSpeedLine('after the single builds')}`);
  console.log(`\nbench: the same ${written} articles sharded: the plan, ${count} shards (${parallel} at a time), the merge (moving the shards' files, as the CI merge job does)`);
  const build: ShardedBuild = await runShardedBuild({
    projectRoot: PROJECT_ROOT,
    shards: count,
    parallel,
    logDir: dirs.shardsDir,
    move: true,
    env: {
      DISPATCH_CONTENT_DIR: contentDir,
      DISPATCH_SHARDS_DIR: dirs.shardsDir,
      DISPATCH_OUT_DIR: dirs.outDir,
      DISPATCH_CACHE_DIR: dirs.cacheDir,
      ...(coldImages ? { DISPATCH_SHARE_IMAGE_CACHE: coldImageCache } : {}),
    },
    onStep: (step) =>
      console.log(`  ${step.name.padEnd(16)} ${step.seconds.toFixed(1).padStart(8)} s  peak RSS (tree) ${step.peakTreeRssMb.toFixed(0).padStart(5)} MB  CPU ${step.cpuSeconds.toFixed(1)} s`),
  });
  const against = singleSeconds === undefined ? 'no single build in this run (--sharded-only)' : `against ${singleSeconds.toFixed(1)} s single`;
  console.log(`  ${'critical path'.padEnd(16)} ${build.criticalPathSeconds.toFixed(1).padStart(8)} s (plan + slowest shard + merge), ${against}`);
  console.log(`  ${'on this machine'.padEnd(16)} ${build.wallSeconds.toFixed(1).padStart(8)} s, every step`);
  const pages = readdirSync(join(dirs.outDir, 'articles')).length;
  if (pages !== written) {
    console.error(`bench: ${written} articles but ${pages} article pages in the merged site: something was lost`);
    process.exit(1);
  }
  console.log('\ntargets of the sharded build:');
  const shardRss = build.shards.map((shard) => shard.peakTreeRssMb);
  const figures = { articles: written, shards: count, shardPeakTreeRssMb: shardRss, criticalPathSeconds: build.criticalPathSeconds, ...(singleSeconds === undefined ? {} : { singleSeconds }) };
  for (const line of formatTargets(evaluateTargets(figures, SHARDED_TARGETS))) console.log(line);
}

console.log(machineSpeedLine('at the start'));
if (compareBare) await compareWithBareBlog();
else if (shards !== undefined && shardedOnly) await benchmarkSharded(shards, undefined);
else await benchmark();
console.log(machineSpeedLine('at the end'));
trash.empty();
