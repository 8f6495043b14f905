/** One section of the site, e.g. `{ slug: 'world', name: 'World' }`. */
export interface Section {
  readonly slug: string;
  readonly name: string;
}

/** Everything about the site that the domain code needs, passed in as an argument. */
export interface SiteConfig {
  readonly title: string;
  readonly tagline: string;
  /** Absolute origin, no trailing slash, e.g. `https://dispatch.example`. */
  readonly url: string;
  /** BCP 47 locale used for dates and numbers, e.g. `en-GB`. */
  readonly locale: string;
  /** The `lang` of every page. */
  readonly language: string;
  /** IANA time zone in which dates are read and shown, e.g. `Europe/London`. */
  readonly timeZone: string;
  /** Folder of articles, relative to the project root. */
  readonly contentDir: string;
  readonly defaultSection: string;
  /** How many related links an article shows at most. */
  readonly relatedLimit: number;
  /**
   * How many articles' new share cards one build draws at most, newest first (each with every
   * size); the others show their section's card until a later build draws theirs
   * (docs/decisions/0009-share-image-budget.md). DISPATCH_SHARE_IMAGE_BUDGET overrides it.
   */
  readonly shareImageBudget: number;
  /**
   * Whether the build writes a `.br` and a `.gz` beside each text file for servers to send
   * as they are (docs/decisions/0011-precompressed-text.md); true when absent.
   * DISPATCH_PRECOMPRESS (`0` or `1`) overrides it.
   */
  readonly precompress?: boolean;
  readonly sections: readonly Section[];
}

/** Finds a section by slug, or undefined when the site has no such section. */
export function findSection(site: SiteConfig, slug: string): Section | undefined {
  return site.sections.find((section) => section.slug === slug);
}
