import type { AstroIntegration } from 'astro';
import { appendAll } from '../../lib/append-all.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasRedirects } from '../../lib/redirects/alias-redirects.ts';
import { servingRules } from '../../lib/serving/serving-rules.ts';
import { rendersFile, type BuildPart } from '../../lib/shards/build-part.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { digestOfSources, openArticleBodyCache, pruneArticleBodyCache } from '../markdown/article-body-cache.ts';
import type { OutputFile } from '../output/kept-output.ts';
import { beginOutputListing, checkOutputListing, outputListingChecked } from '../output/listing-after-writes.ts';
import { listOutputAhead, prepareOutput, pruneOutput } from '../output/output-in-place.ts';
import { writeDeployFiles } from '../output/deploy-files.ts';
import { precompressBuild, precompressThisBuild, routeFilePaths } from '../output/precompress.ts';
import { startPrecompressAhead } from '../output/precompress-ahead.ts';
import { writeSitemaps } from '../output/sitemap.ts';
import { finishSearchIndex, isSearchPartPublished } from '../search/search-index.ts';
import { checkSearchParts, checkShards, takeShardFiles } from '../shards/merge-shards.ts';
import { listMergedOutput } from '../shards/merged-listing.ts';
import { startMovingShardsAhead, type MovingShards } from '../shards/move-shards-ahead.ts';
import { recordShard, removeUnsplitPages, type RouteOutline } from '../shards/shard-output.ts';
import { SITE_POLICY } from '../../data/content-security-policy.ts';
import { removeCachedSitePlanFile, sharedSitePlanFile } from '../site-plan/site-plan-file.ts';
import type { SitePlan } from '../../lib/site-plan/site-plan.ts';
import { publishShareImages, shareImagesReport, shareImagesAheadReport } from '../share-images/publish-share-images.ts';
import { shareImageStoreOptions } from '../share-images/share-image-cache.ts';
import { closeBuildSession, openBuildSession, requireBuildSession, type BuildSession, type SessionCommand } from './build-session.ts';
import { measurePhase, phaseTotals, recordPhase } from './build-timings.ts';
import { limitShardHeapGrowth } from './shard-heap.ts';

/**
 * The build's one integration: it opens the build session when Astro has resolved its config
 * (before the content loader runs), and when the pages are written it finishes, in this
 * order, the work that is not pages: the search index, the share images, the sitemap, the
 * servers' rules (`_headers`, `_deploy/`), the `.br` and `.gz` siblings of text files, the
 * pruning of the body cache and of the output folder, the timings. Then it closes the session. Pages and their data reach the session through
 * src/build/session/build-session.ts; nothing else is shared across the build.
 */
export function dispatchBuildIntegration(site: SiteConfig, sharding: { readonly part: BuildPart; readonly shardsDir: string; readonly sharedCacheDir: string }): AstroIntegration {
  let command: SessionCommand = 'other';
  let buildStarted = 0;
  let pagesStarted = 0;
  let routes: RouteOutline[] = [];
  // A merge with --move readies the output folder and starts moving the shards' folders before Astro builds.
  let preparing: Promise<number> | undefined;
  let movingAhead: Promise<MovingShards> | undefined;
  return {
    name: 'dispatch-build',
    hooks: {
      'astro:config:setup': ({ command: astroCommand, updateConfig }) => {
        command = astroCommand === 'build' ? 'build' : astroCommand === 'dev' ? 'dev' : 'other';
        updateConfig({
          vite: {
            // Drafts are shown on the dev server only: decided by the command, not by NODE_ENV or
            // Vite's mode, which a shell or a test runner may have set to anything.
            define: { 'import.meta.env.DISPATCH_SHOW_DRAFTS': JSON.stringify(command === 'dev') },
            // The output folder is updated in place (src/build/output/output-in-place.ts).
            build: { emptyOutDir: false },
          },
        });
      },
      'astro:config:done': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const outDir = fileURLToPath(config.outDir);
        // Read from the disk while the content loads; checked when the build starts.
        const outputListing = command === 'build' ? listOutputAhead(outDir, root) : undefined;
        // Every cache of things made from articles is keyed by the code that made them; the dev server keeps no cache.
        const sourcesDigest = command === 'build' ? digestOfSources(root) : undefined;
        const part: BuildPart = command === 'build' ? sharding.part : { kind: 'whole' };
        limitShardHeapGrowth(part);
        openBuildSession({
          command,
          root,
          cacheDir,
          outDir,
          ...(outputListing === undefined ? {} : { outputListing }),
          part,
          shardsDir: sharding.shardsDir,
          sourcesDigest,
          // Shards built on one machine share the rendered bodies.
          bodyCache: sourcesDigest === undefined ? undefined : openArticleBodyCache(join(sharding.sharedCacheDir, 'article-bodies'), sourcesDigest),
        });
        if (part.kind === 'merge' && part.move && sourcesDigest !== undefined) {
          // The shards' own folders are moved in on a thread while Astro starts and renders the
          // merge's own pages, once the output folder is ready for them (emptied if untrusted).
          preparing = prepareOutput(cacheDir, outDir, (message) => logger.info(message), outputListing);
          preparing.catch(() => undefined);
          const job = { shardsDir: sharding.shardsDir, count: part.count, outDir, publicDir: fileURLToPath(config.publicDir), assetsFolder: config.build.assets, sourcesDigest };
          movingAhead = preparing.then(() => startMovingShardsAhead(root, job));
          movingAhead.catch(() => undefined);
        }
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        // A shard publishes no page of a route without params (the merge does).
        routes = resolved
          .filter((route) => route.origin === 'project')
          .map((route) => ({ pattern: route.pattern, pathname: route.params.length === 0 ? (route.pathname ?? route.pattern) : undefined }));
      },
      'astro:build:start': async ({ logger }) => {
        const session = requireBuildSession('astro:build:start');
        buildStarted = await measurePhase(
          'output: checking what the last build left',
          () => preparing ?? prepareOutput(session.cacheDir, session.outDir, (message) => logger.info(message), session.outputListing),
        );
        // Pages are compressed as they render (src/middleware.ts) where this build renders them
        // and writes siblings: on the CPU the pages leave idle, so the last step has less to do.
        if (session.part.kind !== 'plan' && precompressThisBuild(site)) {
          session.precompressAhead = startPrecompressAhead(join(session.cacheDir, `precompress-ahead-${process.pid}`), session.root, session.outDir);
        }
        pagesStarted = performance.now();
      },
      'astro:build:generated': () => {
        recordPhase('pages (rendering, incl. the phases it calls)', performance.now() - pagesStarted);
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        const session = requireBuildSession('astro:build:done');
        try {
          const outDir = fileURLToPath(dir);
          const plan = await session.plan?.plan;
          const { part } = session;
          for (const line of session.reports) logger.info(line);
          const pathnames = pages.map(({ pathname }) => pathname);
          // Every build lists its articles (the article route starts this work), so this is a bug, not content.
          if (plan === undefined || session.work === undefined)
            throw new Error('the article pages were never listed (src/pages/articles/[slug].astro), so the site plan and the work beside the pages never started');
          if (part.kind === 'plan') {
            logger.info(`site plan of ${plan.articles.length} articles written to ${sharedSitePlanFile(session.shardsDir)}`);
            writeTimings(session);
            return;
          }
          // The merge's listing of its output, when folders were moved ahead: those are not read again.
          let mergedListing: (() => readonly OutputFile[]) | undefined;
          // The sitemaps need the paths of every page alone: with the shards' folders moved ahead,
          // the manifests gave them before the moves, and the sitemaps are written while they go on.
          let sitemap: ReturnType<typeof writeSitemaps> | undefined;
          if (part.kind === 'merge') {
            const moving = await movingAhead;
            // Nothing moved: no paths come, and the sitemaps wait for the manifests the merge reads itself.
            const early = await moving?.pathnames;
            if (early !== undefined) sitemap = writeSitemaps(outDir, [...pathnames, ...early], plan.articles, site);
            const ahead = moving === undefined ? undefined : await measurePhase('shards: waiting for the folders moved ahead', () => moving.moved);
            if (ahead?.moved === false) logger.info(`the shards' folders were not moved ahead (${ahead.why}): the merge takes every file itself`);
            const movedAhead = ahead?.moved === true ? ahead : undefined;
            const manifests = await measurePhase('shards: checked', () => checkShards(session.shardsDir, part.count, digestOfSharedPlan(plan), session.splitPages, movedAhead?.manifests));
            const how = part.move ? 'moved' : 'copied';
            const merged = await measurePhase(`shards: ${how} into the output folder`, () =>
              takeShardFiles(session.shardsDir, manifests, outDir, buildStarted, session.claimedOutput, { move: part.move, ...(movedAhead === undefined ? {} : { movedAhead: movedAhead.folders }) }),
            );
            const aheadFolders = new Set([...(movedAhead?.folders.values() ?? [])].flatMap((folders) => [...folders]));
            const aheadNote = movedAhead === undefined ? '' : ` (${aheadFolders.size} folders of them moved while the merge's own pages rendered)`;
            logger.info(`${part.count} shard(s) merged: ${merged.pathnames.length} pages, ${merged.taken} files ${how}${aheadNote}, ${merged.unchanged} already current`);
            checkSearchParts(plan.searchShards, (shard) => isSearchPartPublished(outDir, shard));
            appendAll(pathnames, merged.pathnames);
            if (movedAhead !== undefined) {
              // Astro's own pages may land in a moved folder (after it was listed), as may files the merge took itself: those are read again.
              mergedListing = () => listMergedOutput(outDir, aheadFolders, movedAhead.listing, [...merged.takenPaths, ...routeFilePaths(outDir, assets)]);
            }
          }
          // A whole build's output is listed from here, while it waits for the search index; the
          // steps until pre-compression name what they write (src/build/output/listing-after-writes.ts).
          const listing = part.kind === 'whole' ? beginOutputListing(outDir, session.root) : undefined;
          const writes = { files: new Array<string>(), folders: new Array<string>() };
          const indexing = session.work.search;
          const drawing = session.work.shareImages;
          if (indexing !== undefined && drawing !== undefined) {
            const search = await measurePhase('search index (waiting for Pagefind, after the pages)', () => finishSearchIndex(indexing, session.claimedOutput));
            logger.info(`search index of ${search.articles} articles in ${search.shards} part(s): ${search.indexed} indexed, ${search.shards - search.indexed} unchanged since the last build`);
            writes.folders.push(...search.writtenFolders);
            const images = await measurePhase('share images (waiting for drawing, copying)', () =>
              publishShareImages(plan.shareImages, drawing.published, shareImageStoreOptions(session.root).cacheDir, outDir, session.claimedOutput, (sitePath) => rendersFile(part, sitePath)),
            );
            logger.info(shareImagesReport(images, plan.sharedWithSectionCard.size));
            writes.files.push(...images.files);
          }
          const rules = servingRules({ origin: site.url, contentSecurityPolicy: SITE_POLICY, redirects: aliasRedirects(plan.articles) });
          const precompress = () =>
            measurePhase('output: pre-compressing text files', async () => {
              const ahead = await session.precompressAhead?.finish();
              if (ahead?.problem !== undefined) logger.warn(`pages were not all compressed while they rendered (${ahead.problem}): the rest are compressed now`);
              const listed = listing?.after(writes) ?? (mergedListing === undefined ? undefined : Promise.resolve(mergedListing()));
              return precompressBuild(site, outDir, rules, assets, { buildStarted, claimed: session.claimedOutput }, session.root, ahead?.staged, listed);
            });
          const prune = (listed: readonly OutputFile[] | undefined) =>
            measurePhase('output: pruning what the last build left', () => {
              if (listed !== undefined && outputListingChecked()) checkOutputListing(outDir, listed);
              return pruneOutput(session.cacheDir, outDir, buildStarted, session.claimedOutput, listed);
            });
          if (part.kind === 'shard') {
            const kept = removeUnsplitPages(outDir, routes, assets, pathnames);
            // A shard compresses its own pages, so the merge only copies their siblings.
            const precompressed = await precompress();
            logger.info(precompressed.report);
            const listing = await prune(precompressed.listing);
            const files = recordShard(session.shardsDir, part, digestOfSharedPlan(plan), session.splitPages.keys(), kept, listing);
            logger.info(`shard ${part.index} of ${part.count}: ${kept.length} pages, ${files} files in ${outDir}`);
          } else {
            // The same paths as written early: the merge's own pages and the shards', by the manifests the move took.
            sitemap ??= writeSitemaps(outDir, pathnames, plan.articles, site);
            logger.info(`${sitemap.pages} pages listed in ${sitemap.sitemaps} sitemap(s) and sitemap-index.xml`);
            writes.files.push(...sitemap.written, ...writeDeployFiles(outDir, rules));
            // Only a whole build knows every body the site still needs.
            if (part.kind === 'whole' && session.bodyCache !== undefined) pruneArticleBodyCache(session.bodyCache);
            if (part.kind === 'whole') removeCachedSitePlanFile(session.cacheDir);
            // After every other file is written: the merge's own files, and any shard's page that came without siblings.
            const precompressed = await precompress();
            logger.info(precompressed.report);
            await prune(precompressed.listing);
          }
          // Cards ahead are drawn while anything else is left to do, and never waited for beyond the batch under way.
          const drawingAhead = session.work.shareImages;
          if (drawingAhead !== undefined) {
            drawingAhead.stopAhead();
            const line = shareImagesAheadReport(await measurePhase('share images: drawing ahead stopped', () => drawingAhead.ahead));
            if (line !== undefined) logger.info(line);
          }
          writeTimings(session);
        } finally {
          // A failed build stops the threads drawing ahead too (the batch under way is finished, its cards kept).
          session.work?.shareImages?.stopAhead();
          session.precompressAhead?.discard();
          closeBuildSession(session);
        }
      },
      'astro:server:done': () => {
        const session = requireBuildSession('astro:server:done');
        closeBuildSession(session);
      },
    },
  };
}

// The benchmark's breakdown of a build by phase (scripts/bench-build.ts), the plan step's included.
function writeTimings(session: BuildSession): void {
  const timingsFile = process.env['DISPATCH_TIMINGS_FILE'];
  if (timingsFile) writeFileSync(timingsFile, JSON.stringify(phaseTotals(session), null, 1));
}

// A shard's and the merge's plan is always made with its file (read from it, or written for it), and so with its digest.
function digestOfSharedPlan(plan: SitePlan): string {
  if (plan.digest === undefined) throw new Error('a sharded build’s site plan has no digest: it was made without its file');
  return plan.digest;
}
