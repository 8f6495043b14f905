import { unified } from '@astrojs/markdown-remark';
import { ContentError } from '../../lib/content/problems.ts';
import { forArticle } from '../../lib/for-article.ts';
import { firstParagraph, markdownToPlainText, truncateAtWord } from '../../lib/plain-text.ts';
import type { SiteConfig } from '../../lib/site-config.ts';
import type { AuthorProfile, ProfilePicture } from '../../lib/trust/author-profiles.ts';
import type { PublishedSitePage } from '../../lib/trust/published-site-pages.ts';
import { SITE_PAGE_SLUGS } from '../../lib/trust/site-pages.ts';
import { rehypePlugins, remarkPlugins } from '../../markdown/pipeline.ts';
import { rehypeParagraphIds } from '../../markdown/rehype-paragraph-ids.ts';
import { createRendererOf } from '../markdown/render-markdown.ts';
import { checkSiteContent, profilePicturePath, type SiteContentFiles, type SiteContentPlace } from './site-content.ts';

// The article body's pipeline without the paragraphs' "#" links (a bio or a fixed page is not
// shared a paragraph at a time, and the links' styles and script are the article page's):
// the same sanitiser, in the same order.
const siteMarkdownProcessor = unified({ gfm: false, smartypants: false, remarkPlugins: [...remarkPlugins], rehypePlugins: rehypePlugins.filter((plugin) => plugin !== rehypeParagraphIds) });

// The length of a bio's summary: a meta description's.
const SUMMARY_LENGTH = 200;

/** The profiles and fixed pages as the site plan holds them. */
export interface PlannedSiteContent {
  readonly authorProfiles: AuthorProfile[];
  readonly sitePages: PublishedSitePage[];
}

/**
 * The author profiles and fixed pages for the site plan's first stage: checked again by the
 * content loader's rules (a plan never trusts what the loader saw earlier; any error stops the
 * build with the loader's messages), bios and pages rendered and sanitised, pictures sized.
 * Nothing is rendered on a site with neither.
 */
export async function planSiteContent(files: SiteContentFiles, site: SiteConfig, place: SiteContentPlace): Promise<PlannedSiteContent> {
  const { validation, pictures, problems } = checkSiteContent(files, [], site, place);
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  if (validation.profiles.length === 0 && validation.pages.length === 0) return { authorProfiles: [], sitePages: [] };
  const renderer = await createRendererOf(siteMarkdownProcessor);
  const render = async (file: string, markdown: string) => (markdown === '' ? '' : forArticle(file, 'body', async () => (await renderer.render(markdown, { frontmatter: {} })).code.trim()));

  const authorProfiles: AuthorProfile[] = [];
  for (const profile of [...validation.profiles].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const checked = pictures.get(profile.slug);
    let image: ProfilePicture | undefined;
    if (profile.image !== undefined) {
      image =
        checked === undefined
          ? { url: profile.image.src, alt: profile.image.alt, src: profile.image.src }
          : { url: profilePicturePath(profile.slug, checked.publishedName), alt: profile.image.alt, width: checked.width, height: checked.height, src: profile.image.src };
    }
    authorProfiles.push({
      slug: profile.slug,
      file: profile.file,
      name: profile.name,
      kind: profile.kind,
      ...(profile.role === undefined ? {} : { role: profile.role }),
      bioHtml: await render(profile.file, profile.bio),
      bioSummary: truncateAtWord(markdownToPlainText(profile.bio).replace(/\s+/g, ' ').trim(), SUMMARY_LENGTH, site.language),
      ...(image === undefined ? {} : { image }),
      links: profile.links,
    });
  }

  const sitePages: PublishedSitePage[] = [];
  for (const slug of SITE_PAGE_SLUGS) {
    const page = validation.pages.find((p) => p.slug === slug);
    if (page === undefined) continue;
    const description = page.description ?? truncateAtWord(firstParagraph(page.body) ?? page.title, SUMMARY_LENGTH, site.language);
    sitePages.push({ slug, file: page.file, title: page.title, description, html: await render(page.file, page.body) });
  }
  return { authorProfiles, sitePages };
}
