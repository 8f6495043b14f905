import { basename, dirname, join } from 'node:path';
import { checkAuthorReferences, type BylineSource } from '../../lib/content/author-references.ts';
import type { ContentProblem } from '../../lib/content/problems.ts';
import { validateSiteContent, type SiteContentSources, type SiteContentValidation, type ValidatedProfile } from '../../lib/content/validate-site-content.ts';
import { PICTURE_EXTENSIONS } from '../../lib/image-size.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import { authorPath } from '../../lib/urls.ts';
import { checkPicture, pictureCheckContext, type CheckedPicture, type PictureCheckContext } from '../pictures/check-pictures.ts';
import { readOptionalContentFolder, type ContentFolderKind } from './read-article-files.ts';

/** The folders beside the articles folder that hold the rest of the site's content. */
interface SiteContentFolders {
  /** The folder holding the articles folder: `content/`, or a test site's folder. */
  readonly root: string;
  /** Author profiles: `<root>/authors/<slug>.md`. */
  readonly authors: string;
  /** The fixed pages: `<root>/pages/<slug>.md`. */
  readonly pages: string;
}

/**
 * Where profiles and pages are, for the articles folder `articlesDir` (absolute): beside it,
 * when it is a folder named `articles` (`content/articles`, a test site's `<site>/articles`);
 * none otherwise, so an articles folder elsewhere (a scratch copy in /tmp) never has the
 * build read whatever lies beside it.
 */
function siteContentFolders(articlesDir: string): SiteContentFolders | undefined {
  if (basename(articlesDir) !== 'articles') return undefined;
  const root = dirname(articlesDir);
  return { root, authors: join(root, 'authors'), pages: join(root, 'pages') };
}

/** The profile and page files, and what was refused on the way (paths relative to `root`). */
export interface SiteContentFiles {
  readonly sources: SiteContentSources;
  readonly problems: ContentProblem[];
}

const KINDS: Readonly<Record<'authors' | 'pages', ContentFolderKind>> = {
  authors: { folder: 'authors folder', anItem: 'an author profile', theItem: 'the profile' },
  pages: { folder: 'pages folder', anItem: 'a page', theItem: 'the page' },
};

/**
 * Reads the author profiles and fixed pages beside the articles folder by the articles' own
 * rules (readOptionalContentFolder: real files only, no link followed, `_` notes skipped; a
 * missing folder holds nothing, a linked one is refused).
 */
export function readSiteContentFiles(articlesDir: string, root: string): SiteContentFiles {
  const folders = siteContentFolders(articlesDir);
  if (folders === undefined) return { sources: { authors: [], pages: [] }, problems: [] };
  const authors = readOptionalContentFolder(folders.authors, root, KINDS.authors);
  const pages = readOptionalContentFolder(folders.pages, root, KINDS.pages);
  return { sources: { authors: authors.sources, pages: pages.sources }, problems: [...authors.problems, ...pages.problems] };
}

/** What checking the profiles, the pages and the bylines that name profiles found. */
export interface SiteContentCheck {
  readonly validation: SiteContentValidation;
  /** Profile slug → its picture file, checked (profiles whose picture is a file of ours). */
  readonly pictures: ReadonlyMap<string, CheckedPicture>;
  /** Every problem: of the files, their front matter, their pictures, and the bylines. */
  readonly problems: ContentProblem[];
}

/** Where the checks look: the articles folder, the root paths are shown relative to, the project. */
export interface SiteContentPlace {
  readonly articlesDir: string;
  /** The folder problems' paths are relative to (the project's root in a build). */
  readonly fileRoot: string;
  readonly projectRoot: string;
}

/**
 * Everything the build and `npm run check:content` check beyond the articles, with the same
 * messages: the profile and page files, their front matter, the profiles' pictures (by the
 * articles' picture rules: inside the content folder or `public/`, a real picture of a sane
 * size), and every valid article's bylines against the profiles (a near miss is a warning).
 */
export function checkSiteContent(files: SiteContentFiles, articles: readonly BylineSource[], site: SiteConfig, place: SiteContentPlace): SiteContentCheck {
  const validation = validateSiteContent(files.sources, site);
  const context = profilePictureContext(place);
  const pictures = new Map<string, CheckedPicture>();
  const pictureProblems: ContentProblem[] = [];
  for (const profile of validation.profiles) {
    const checked = checkProfilePicture(profile, context);
    if (checked === undefined) continue;
    if ('message' in checked) pictureProblems.push(checked);
    else pictures.set(profile.slug, checked);
  }
  const refused = new Set(pictureProblems.map((p) => p.file));
  return {
    validation: { ...validation, profiles: validation.profiles.filter((p) => !refused.has(p.file)) },
    pictures,
    problems: [...files.problems, ...validation.problems, ...pictureProblems, ...checkAuthorReferences(articles, validation.profiles)],
  };
}

/** The picture rules' context for profiles: pictures may lie in the content folder (the one holding the articles, profiles and pages) or `public/`. */
export function profilePictureContext(place: SiteContentPlace): PictureCheckContext {
  return pictureCheckContext(place.projectRoot, siteContentFolders(place.articlesDir)?.root ?? place.articlesDir, place.fileRoot);
}

/** A profile's picture checked at the door; undefined when it has none or it is an https:// URL (not a file of ours). */
function checkProfilePicture(profile: ValidatedProfile, context: PictureCheckContext): CheckedPicture | ContentProblem | undefined {
  const image = profile.image;
  if (image === undefined || /^https:\/\//i.test(image.src)) return undefined;
  const checked = checkPicture({ file: profile.file, src: image.src, ...(image.line === undefined ? {} : { line: image.line }) }, context);
  if ('message' in checked) return checked;
  // Published beside the author page under a name of ours, as an article's picture is beside the article.
  return { ...checked, publishedName: profilePictureName(image.src) };
}

/** The name a profile's picture is published under beside the author page (`Me.JPG` → `portrait.jpg`). */
function profilePictureName(src: string): string {
  const extension = /\.[a-z0-9]+$/i.exec(src)?.[0]?.toLowerCase() ?? '';
  return PICTURE_EXTENSIONS[extension] === undefined ? 'portrait' : `portrait${extension}`;
}

/** The site path of a profile's published picture. */
export function profilePicturePath(slug: string, publishedName: string): string {
  return `${authorPath(slug)}${publishedName}`;
}
