import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARIABLE = 'TMPDIR';
// Set while the run's folder stands: each project loads this file anew, and the first makes the folder.
const MARK = 'DISPATCH_TEST_RUN_FOLDER';

/**
 * Gives the whole test run one temporary folder (TMPDIR, which `os.tmpdir()` reads in the test
 * workers, the builds and the browsers they start) and removes it, with whatever the tests
 * left in it, once every test file has run: without it each run left a gigabyte or more of
 * test sites, caches and builds behind in the machine's temporary folder. Every project names
 * this file as a global setup; the first to run makes the folder, and removes it at the end.
 */
export default function setup(): (() => void) | undefined {
  if (process.env[MARK] !== undefined) return undefined;
  const made = mkdtempSync(join(tmpdir(), 'dispatch-test-run-'));
  const before = process.env[VARIABLE];
  process.env[MARK] = made;
  process.env[VARIABLE] = made;
  return () => {
    delete process.env[MARK];
    if (before === undefined) delete process.env[VARIABLE];
    else process.env[VARIABLE] = before;
    rmSync(made, { recursive: true, force: true });
  };
}
