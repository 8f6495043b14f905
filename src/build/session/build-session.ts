import type { ArticleFrontMatter } from '../../lib/content/article-schema.ts';
import type { BuildPart } from '../../lib/shards/build-part.ts';
import type { PublishedContent, SitePlan } from '../../lib/site-plan/site-plan.ts';
import type { ArticleBodyCache } from '../markdown/article-body-cache.ts';
import type { RelatedAhead } from '../related/related-ahead.ts';
import type { ListingSummary } from '../output/kept-output.ts';
import type { PrecompressAhead } from '../output/precompress-ahead.ts';
import type { CheckedEntry } from '../site-plan/site-plan-file.ts';
import type { BackgroundWork } from './background-work.ts';

/** Which Astro command the session serves: only a build publishes, caches and prunes. */
export type SessionCommand = 'build' | 'dev' | 'other';

/**
 * Everything one build (or one dev server) shares between the content loader, the pages and
 * the work after the pages: the only process-wide object of the project.
 */
export interface BuildSession {
  readonly command: SessionCommand;
  /** The project root, where article paths are relative to. */
  readonly root: string;
  /** Astro's cache folder: rendered bodies, the search index being made, the plan's file. */
  readonly cacheDir: string;
  /** The output folder. */
  readonly outDir: string;
  /** The output folder as the last build left it, listed (a build's) from when the session opens (src/build/output/output-in-place.ts). */
  readonly outputListing?: Promise<ListingSummary>;
  /** Which part of the site this build makes: all of it, or a share of a sharded build (src/lib/shards/build-part.ts). */
  readonly part: BuildPart;
  /** Where the shards of a sharded build put their folders and the plan they share. */
  readonly shardsDir: string;
  /** Keys of the split routes' pages: in a shard, those it renders; in a merge, every one the site has (src/build/shards/split-routes.ts). */
  readonly splitPages: Map<string, string>;
  /** Digest of the code, config and lock file (builds only): keys every cache of things made from articles. */
  readonly sourcesDigest: string | undefined;
  /** Milliseconds per build phase, for the benchmark. */
  readonly timings: Map<string, number>;
  /** Lines for the build's log from steps that run without Astro's logger (the plan), logged when the build is done. */
  readonly reports: string[];
  /** Files of the output folder this build keeps although it did not write them (already current). */
  readonly claimedOutput: Set<string>;
  /** Where a build keeps rendered bodies between builds (none on the dev server, which renders on request). */
  readonly bodyCache: ArticleBodyCache | undefined;
  /**
   * Each stored article's front matter as the content loader checked it, by slug, with the
   * digest of the file's text it was read from: the plan reads it here, since the content store
   * holds only each entry's file and digest (decision 0028). Undefined until the loader has run,
   * and in a shard or merge that stored the entries its shared plan checked.
   */
  checkedFrontMatter: ReadonlyMap<string, CheckedFrontMatter> | undefined;
  /**
   * In a shard or merge whose articles are the ones its shared plan was made from: every entry
   * the plan's build checked, which key the plan. The content store then holds only the
   * entries whose files this part checked (src/build/content/articles-loader.ts), so that no
   * part of a sharded build holds a whole archive's entries. Undefined otherwise.
   */
  sharedEntries: readonly CheckedEntry[] | undefined;
  /** With `sharedEntries`: the digest of the shared plan, read with them, which names a shard's cut of it. */
  sharedPlanDigest: string | undefined;
  /**
   * The related links begun on a worker thread from the files the loader checked, before the
   * plan asks (src/build/related/related-ahead.ts); the plan uses them only when its own job has
   * the same key. Undefined when none were begun.
   */
  relatedAhead: Promise<RelatedAhead | undefined> | undefined;
  /** The site plan and its first stage, with the key of the content they were made from (the dev server makes new ones on edits). */
  plan: { readonly contentKey: string; readonly content: Promise<PublishedContent>; readonly plan: Promise<SitePlan> } | undefined;
  /** The work started for the current plan that runs beside the pages: bodies, search index, share images. */
  work: BackgroundWork | undefined;
  /** Pre-compression of the pages as they render (a build that renders pages and pre-compresses), fed by src/middleware.ts. */
  precompressAhead: PrecompressAhead | undefined;
}

/** One article's front matter as the content loader checked it, and the digest of the file's text it was read from. */
export interface CheckedFrontMatter {
  readonly digest: string;
  readonly frontMatter: ArticleFrontMatter;
}

/** What opening a session needs to know; the rest starts empty. */
export type SessionInit = Pick<BuildSession, 'command' | 'root' | 'cacheDir' | 'outDir' | 'outputListing' | 'part' | 'shardsDir' | 'sourcesDigest' | 'bodyCache'>;

// Astro runs the content loader, the integrations and the page modules of one build as
// separate module instances, so a module-level variable would not be shared between them:
// the session is kept on globalThis under one registered symbol, and nowhere else.
const SLOT = Symbol.for('dispatch.build-session');
const slots = globalThis as unknown as Record<symbol, BuildSession | undefined>;

/** Opens the session (when Astro has resolved its config, before the content loader runs), replacing any left open. */
export function openBuildSession(init: SessionInit): BuildSession {
  const session: BuildSession = {
    ...init,
    timings: new Map(),
    reports: [],
    claimedOutput: new Set(),
    splitPages: new Map(),
    checkedFrontMatter: undefined,
    sharedEntries: undefined,
    sharedPlanDigest: undefined,
    relatedAhead: undefined,
    plan: undefined,
    work: undefined,
    precompressAhead: undefined,
  };
  slots[SLOT] = session;
  return session;
}

/** The open session, or undefined (a unit test, a script). */
export function currentBuildSession(): BuildSession | undefined {
  return slots[SLOT];
}

/** The open session; throws naming `who` when none is open, which is a bug in the build's wiring. */
export function requireBuildSession(who: string): BuildSession {
  const session = slots[SLOT];
  if (session === undefined) throw new Error(`${who}: no build session is open (src/build/session/build-integration.ts opens it when Astro resolves its config)`);
  return session;
}

/** Closes the session when the build is done, so nothing of it outlives the build. */
export function closeBuildSession(session: BuildSession): void {
  if (slots[SLOT] === session) slots[SLOT] = undefined;
}
