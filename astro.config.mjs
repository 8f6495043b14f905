// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { dispatchBuildIntegration } from './src/build/session/build-integration.ts';
import { buildFolders } from './src/build/shards/build-folders.ts';
import { buildsIncrementally, parseBuildPart } from './src/lib/shards/build-part.ts';
import { articleMarkdownProcessor } from './src/markdown/pipeline.ts';
import { siteConfig } from './src/site.config.ts';

// A build makes the whole site, or one part of a sharded build: `--shard I/N`, `--merge
// --shards N` or `--plan` after `astro build` (docs/deploying.md).
const part = process.argv[2] === 'build' ? parseBuildPart(process.argv.slice(3)) : { kind: /** @type {const} */ ('whole') };
// Test and benchmark builds point these at their own folders, so they never touch the
// project's dist/ or caches and can run beside each other.
const { outDir, cacheDir, shardsDir, sharedCacheDir } = buildFolders(part, fileURLToPath(new URL('.', import.meta.url)), {
  outDir: process.env.DISPATCH_OUT_DIR ?? './dist',
  cacheDir: process.env.DISPATCH_CACHE_DIR ?? './node_modules/.astro',
  shardsDir: process.env.DISPATCH_SHARDS_DIR ?? './dist-shards',
});

export default defineConfig({
  site: siteConfig.url,
  // One URL policy everywhere: directories with a trailing slash.
  trailingSlash: 'always',
  // Four pages in flight at once: rendering waits on file writes, and overlapping them
  // shortens page generation; more gained nothing (docs/benchmarks.md).
  build: { format: 'directory', concurrency: 4 },
  outDir,
  cacheDir,
  markdown: {
    // Wire copy is published as sent: no smart quotes rewritten, no code colouring.
    syntaxHighlight: false,
    processor: articleMarkdownProcessor,
  },
  // One integration: it opens the build session and runs, in its own code order, the work
  // after the pages (search index, share images, sitemap, headers, pruning, timings).
  integrations: [dispatchBuildIntegration(siteConfig, { part, shardsDir, sharedCacheDir })],
  // Scripts stay in files of their own: cacheable, allowed by the CSP's 'self', and Vite
  // finishes their dynamic imports (an inlined script kept an unresolved preload marker).
  // The dev server watches the project: not the outputs and caches, which hold a file or
  // more per article (tens of thousands at archive scale, past the system's watch limit).
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/dist/**', '**/.cache/**', '**/scratch/**'] } } },
  // The Content-Security-Policy is the site's own (src/lib/seo/content-security-policy.ts):
  // one policy for every page, worked out once per build rather than hashed on each page.
  // Rebuilds render again only the pages whose cacheKey changed (see src/data/article-pages.ts);
  // Astro also keeps a copy of each rendered page in its cache folder (decisions 0001 and
  // 0038), which `--no-incremental` leaves out where no later build would read it.
  experimental: { incrementalBuild: process.argv[2] !== 'build' || buildsIncrementally(process.argv.slice(3)) },
  devToolbar: { enabled: false },
  // Astro logs two lines for every page it writes (a quarter of a million at archive scale,
  // interleaved four at a time); the build's log counts them instead (src/build/log/build-log.ts).
  // DISPATCH_LOG_EVERY_PAGE=1 brings them back.
  logger: { entrypoint: new URL('./src/build/log/build-log.ts', import.meta.url), config: { everyPage: process.env.DISPATCH_LOG_EVERY_PAGE === '1' } },
});
