import { fnv1aUtf8 } from '../hash.ts';

/**
 * Which part of the site one `astro build` makes: the whole site; only the site plan (for
 * shards to share); one shard of the pages; or the merge of every shard's pages with what
 * spans the whole site (feeds, sitemaps, headers, redirects, the site-wide pages).
 */
export type BuildPart =
  | { readonly kind: 'whole' }
  | {
      readonly kind: 'plan';
      /** The shards the plan is for (`--plan --shards N`): it then also writes each its own cut of the plan (src/lib/shards/shard-plan.ts). */
      readonly shards?: number;
    }
  | { readonly kind: 'shard'; readonly index: number; readonly count: number }
  | {
      readonly kind: 'merge';
      readonly count: number;
      /** Move the shards' files into the output instead of copying them (`--move`: folders that are used once, a CI job's downloaded artifacts). */
      readonly move: boolean;
    };

/** More shards than this is a typing mistake, not a build farm. */
export const MAX_SHARDS = 1000;

function wholeNumber(text: string | undefined, flag: string, min: number): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new Error(`${flag}: expected a whole number, found "${text ?? ''}"`);
  const value = Number(text);
  if (value < min || value > MAX_SHARDS) throw new Error(`${flag}: ${value} is not between ${min} and ${MAX_SHARDS}`);
  return value;
}

/** The value of `--name value` or `--name=value` in `args`, or undefined. */
function flagValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === name) return args[i + 1] ?? '';
    if (arg?.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * Whether a build keeps what lets the next build on this machine render only the pages that
 * changed (Astro's records and its copy of every page it renders): not with
 * `--no-incremental`, for a build whose machine or output is used once (a CI runner thrown
 * away after its job, a shard whose folder the merge moves), where writing every page twice
 * is work no later build reads.
 */
export function buildsIncrementally(args: readonly string[]): boolean {
  return !args.includes('--no-incremental');
}

/**
 * The part a build makes, from its command line: `--shard I/N` (1 ≤ I ≤ N), `--merge
 * --shards N [--move]`, `--plan [--shards N]`, or none of them (the whole site). Throws naming the flag when a
 * value is malformed or flags contradict each other.
 */
export function parseBuildPart(args: readonly string[]): BuildPart {
  const shard = flagValue(args, '--shard');
  const merge = args.includes('--merge');
  const plan = args.includes('--plan');
  const move = args.includes('--move');
  if ([shard !== undefined, merge, plan].filter(Boolean).length > 1) throw new Error('--shard, --merge and --plan: give one of them, not several');
  if (move && !merge) throw new Error('--move: only with --merge (npm run build:merge -- --shards N --move)');
  if (shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(shard);
    if (match === null) throw new Error(`--shard: expected I/N (e.g. 2/4), found "${shard}"`);
    const count = wholeNumber(match[2], '--shard N', 1);
    const index = wholeNumber(match[1], '--shard I', 1);
    if (index > count) throw new Error(`--shard: shard ${index} of ${count} does not exist (I runs from 1 to N)`);
    return { kind: 'shard', index, count };
  }
  if (merge) return { kind: 'merge', count: wholeNumber(flagValue(args, '--shards'), '--shards', 1), move };
  const shards = flagValue(args, '--shards');
  if (plan) return shards === undefined ? { kind: 'plan' } : { kind: 'plan', shards: wholeNumber(shards, '--shards', 1) };
  if (shards !== undefined) throw new Error('--shards: only with --merge or --plan (npm run build:merge -- --shards N)');
  return { kind: 'whole' };
}

/**
 * The shard (1…count) that renders the page or file named `key`: from the key alone, so the
 * same page always lands in the same shard whatever else the site holds, and a hash, so
 * each shard gets about the same number of every kind of page.
 */
export function shardOf(key: string, count: number): number {
  return (fnv1aUtf8(key) % count) + 1;
}

/** Whether this part of the build renders the page or file named `key` (a page of a route that is split between shards). */
export function rendersShardedKey(part: BuildPart, key: string): boolean {
  if (part.kind === 'whole') return true;
  if (part.kind === 'shard') return shardOf(key, part.count) === part.index;
  return false;
}

/** Whether this part renders what spans the whole site (feeds, sitemaps, headers, redirects, the pages that are not split). */
export function rendersSiteWide(part: BuildPart): boolean {
  return part.kind === 'whole' || part.kind === 'merge';
}

/** The folder name of one shard's output inside the shards folder, e.g. `2-of-4`. */
export function shardFolderName(index: number, count: number): string {
  return `${index}-of-${count}`;
}

/** A split route's page, named for sharding and for the merge's errors: the route and its params, e.g. `articles/[slug] slug=harbour-lights`. */
export function pageKey(route: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const named = Object.keys(params)
    .sort()
    .map((name) => `${name}=${String(params[name] ?? '')}`);
  return [route, ...named].join(' ');
}

/** A file made beside the pages (a share image), named for sharding by its path in the site. */
export function fileKey(sitePath: string): string {
  return `file ${sitePath}`;
}

/** Whether this part of the build makes the file at `sitePath` that is made beside the pages (a share image; search parts are dealt out by src/lib/shards/search-part-owners.ts). */
export function rendersFile(part: BuildPart, sitePath: string): boolean {
  return rendersShardedKey(part, fileKey(sitePath));
}
