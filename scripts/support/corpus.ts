import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where the shared corpora are, beside the project. */
export const CORPORA_DIR = resolve(PROJECT_ROOT, '../shared/corpora');

/** True when ../shared/corpora is there; benchmarks skip with a message when it is not. */
export function corporaAvailable(): boolean {
  return existsSync(join(CORPORA_DIR, 'materialize.mjs'));
}

/** Options for writing a corpus as articles. */
export interface MaterializeOptions {
  readonly corpus: 'reuters21578' | 'wikinews_sample' | 'ecbplus_dev';
  readonly limit?: number;
  readonly tags?: 'none' | 'places';
  readonly labelsFile?: string;
}

/**
 * Writes corpus articles into `outDir` (emptied first) with the corpus's own script, into a
 * git-ignored scratch folder: corpus text is never committed. Returns how many were written.
 */
export function materializeCorpus(outDir: string, options: MaterializeOptions): number {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const args = [join(CORPORA_DIR, 'materialize.mjs'), options.corpus, outDir];
  if (options.limit !== undefined) args.push('--limit', String(options.limit));
  if (options.tags) args.push('--tags', options.tags);
  if (options.labelsFile) args.push('--labels', options.labelsFile);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`materialize.mjs failed: ${result.stderr}`);
  return readdirSync(outDir).filter((f) => f.endsWith('.md')).length;
}
