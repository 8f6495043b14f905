// npx node scripts/bench-share-images.ts [--images N] [--variants 1|3] [--threads T]
// Draws N share images from fictional headlines (a tenth each in Cyrillic, Arabic, Chinese
// and Devanagari) into a fresh cache in the system's temp folder, then asks for the same
// images again from a new store over that cache, as the next build would. Prints seconds
// for the cold and the warm pass, milliseconds per image, and the cache's size. With
// --threads, the cold pass draws on that many worker threads, as a build does (batches of
// 20), and the rate in cards a minute is printed too: what chose the share-image budget
// (docs/decisions/0009-share-image-budget.md).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { batchesOf, runInWorkers, sourceWorkerUrl } from '../src/build/workers/worker-pool.ts';
import type { ShareImageJob } from '../src/build/share-images/share-image-worker.ts';
import type { ShareCardContent } from '../src/lib/share-image/share-card-content.ts';
import { createShareImageStore } from '../src/build/share-images/share-image-store.ts';
import { EXTRA_VARIANTS, WIDE_VARIANT } from '../src/lib/share-image/share-image-variants.ts';
import { textDirection } from '../src/lib/share-image/text-direction.ts';
import { PROJECT_ROOT } from './support/corpus.ts';

const { values } = parseArgs({ options: { images: { type: 'string', default: '1000' }, variants: { type: 'string', default: '1' }, threads: { type: 'string' } } });
const threads = values.threads === undefined ? undefined : Number(values.threads);
const count = Number(values.images);
// 1: the 1.91:1 card alone, as published; 3: with the 4:3 and 1:1 sizes too.
const variants = [WIDE_VARIANT, ...EXTRA_VARIANTS].slice(0, Number(values.variants));
const nodeModulesDir = join(PROJECT_ROOT, 'node_modules');

// Fictional words to make headlines from; never real copy.
const WORDS: Record<string, string[]> = {
  latin:
    'Ostrel harbour council reopens bridge after storm repairs Varnia election budget vote Kessa railway museum comet discovered dam inquiry report finds flaws in valley rescue plan fishing crews strike over quotas'.split(
      ' ',
    ),
  cyrillic: 'Острель гавань совет открывает мост после шторма ремонт выборы бюджет музей комета плотина доклад'.split(' '),
  arabic: 'ميناء أوستريل يفتح الجسر بعد العاصفة إصلاحات الانتخابات الميزانية المتحف مذنب السد تقرير'.split(' '),
  chinese: '奥斯特雷尔 港口 议会 重新 开放 大桥 风暴 修复 选举 预算 博物馆 彗星 大坝 调查 报告'.split(' '),
  hindi: 'ओस्ट्रेल बंदरगाह परिषद पुल तूफ़ान मरम्मत चुनाव बजट संग्रहालय धूमकेतु बांध जांच रिपोर्ट खुला'.split(' '),
};

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function headline(i: number): ShareCardContent {
  const script = i % 10 < 6 ? 'latin' : (['cyrillic', 'arabic', 'chinese', 'hindi'][(i % 10) - 6] ?? 'latin');
  const words = WORDS[script] ?? [];
  const length = 4 + Math.floor(random() * 14);
  const text = Array.from({ length }, () => pick(words)).join(script === 'chinese' ? '' : ' ');
  const title = `${text.charAt(0).toUpperCase()}${text.slice(1)} ${i}`;
  return {
    headline: title,
    direction: textDirection(title),
    section: pick(['World', 'Business', 'Science', 'Sport']),
    date: `${1 + (i % 28)} May 2024`,
    credit: pick(['Coastal Wire', 'Mara Quell']),
    siteName: 'Dispatch',
  };
}

const cards = Array.from({ length: count }, (_, i) => headline(i));
const cacheDir = mkdtempSync(join(tmpdir(), 'dispatch-share-bench-'));

async function pass(): Promise<{ seconds: number; drawn: number }> {
  const store = createShareImageStore({ cacheDir, nodeModulesDir });
  const started = performance.now();
  let drawn = 0;
  for (const card of cards) {
    for (const variant of variants) if (!(await store.image(card, variant)).cached) drawn++;
  }
  return { seconds: (performance.now() - started) / 1000, drawn };
}

// The cold pass as a build draws: on worker threads, in batches of 20.
async function passOnWorkers(threadCount: number): Promise<{ seconds: number; drawn: number }> {
  const jobs: ShareImageJob[] = cards.flatMap((content, i) => variants.map((size) => ({ content, size, file: `bench-${i}.md` })));
  const started = performance.now();
  await runInWorkers<ShareImageJob, boolean>(sourceWorkerUrl(PROJECT_ROOT, 'src/build/share-images/share-image-worker.ts'), { cacheDir, nodeModulesDir }, batchesOf(jobs, 20), threadCount);
  return { seconds: (performance.now() - started) / 1000, drawn: jobs.length };
}

const images = count * variants.length;
const cold = threads === undefined ? await pass() : await passOnWorkers(threads);
const warm = await pass();
const bytes = readdirSync(cacheDir)
  .filter((f) => f.endsWith('.png'))
  .reduce((sum, f) => sum + statSync(join(cacheDir, f)).size, 0);
console.log(`share images: ${count} headlines × ${variants.length} size(s) = ${images} images`);
console.log(
  `cold${threads === undefined ? '' : ` on ${threads} worker thread(s)`}: ${cold.seconds.toFixed(1)} s (${((cold.seconds * 1000) / images).toFixed(1)} ms/image, ${Math.round((images / cold.seconds) * 60)} a minute, ${cold.drawn} drawn)`,
);
console.log(`warm: ${warm.seconds.toFixed(1)} s (${((warm.seconds * 1000) / images).toFixed(2)} ms/image, ${warm.drawn} drawn)`);
console.log(`cache: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${cacheDir} (removed)`);
rmSync(cacheDir, { recursive: true, force: true });
