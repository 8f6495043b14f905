import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect } from 'vitest';
import { buildCommand } from '../../scripts/support/build-command.ts';
import { sha256 } from '../../src/lib/hash.ts';

/** The project root, where astro.config.mjs is. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What one `astro build` of a content folder produced. */
export interface BuiltSite {
  readonly status: number | null;
  /** stdout and stderr together, as an editor would read them. */
  readonly output: string;
  readonly outDir: string;
  /** Reads a built file, e.g. `articles/x/index.html`. */
  read(path: string): string;
  exists(path: string): boolean;
  /** Every built file, relative to the output folder, sorted. */
  files(): string[];
}

/**
 * Builds the site from `contentDir` (absolute, or relative to the project) into a fresh
 * temporary folder with its own caches, exactly as `npm run build` does.
 */
export function buildSite(contentDir: string, options: { env?: Record<string, string>; outDir?: string; cacheDir?: string; args?: readonly string[] } = {}): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), 'dispatch-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  // The build script's variables and Node flags, so tests build with the settings sites do.
  const { env, nodeFlags } = buildCommand(PROJECT_ROOT);
  const result = spawnSync(process.execPath, [...nodeFlags, join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.args ?? [])], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      DISPATCH_CONTENT_DIR: resolve(PROJECT_ROOT, contentDir),
      DISPATCH_OUT_DIR: outDir,
      DISPATCH_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
      ...options.env,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return openSite(outDir, result.status, `${result.stdout}\n${result.stderr}`);
}

/** Reads a site already built into `outDir`. */
export function openSite(outDir: string, status: number | null = 0, output = ''): BuiltSite {
  return {
    status,
    output,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    files: () =>
      existsSync(outDir)
        ? readdirSync(outDir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => relative(outDir, join(e.parentPath, e.name)))
            .sort()
        : [],
  };
}

/** Every file of a built site with the SHA-256 of its bytes: two sites are the same site when these are equal. */
export function fingerprint(site: BuiltSite): Record<string, string> {
  return Object.fromEntries(site.files().map((file) => [file, sha256(readFileSync(join(site.outDir, file)), 'hex')]));
}

/** Asserts that two sites' fingerprints (`fingerprint`) hold the same files, byte for byte, and no other. */
export function expectSameFiles(a: Record<string, string>, b: Record<string, string>): void {
  expect(Object.keys(b)).toEqual(Object.keys(a));
  expect(Object.keys(a).filter((file) => a[file] !== b[file])).toEqual([]);
}
