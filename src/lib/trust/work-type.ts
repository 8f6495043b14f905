/**
 * The kinds of work an article can be, after the Trust Project's "type of work" labels: news
 * (reported facts), analysis, opinion and review are theirs; explainer, interview, obituary and
 * live coverage are the other kinds newsrooms label (the BBC and the Guardian among them).
 * Sponsored content is left out: the site publishes none.
 */
export const WORK_TYPES = ['news', 'analysis', 'opinion', 'explainer', 'review', 'interview', 'obituary', 'live'] as const;

/** One kind of work, as front matter names it. */
export type WorkType = (typeof WORK_TYPES)[number];

/** The kind of work of an article whose front matter names none. */
export const DEFAULT_WORK_TYPE: WorkType = 'news';

/** How each kind is labelled to readers, and which schema.org type describes it. */
export interface WorkTypeInfo {
  /** The label above the headline and on cards: a noun readers know. */
  readonly label: string;
  /** The plural, for the page listing every piece of this kind ("Opinion", "Analyses"). */
  readonly plural: string;
  /** The schema.org type of the article's JSON-LD. */
  readonly schemaType: string;
  /** What the kind means, said once on its page, so readers learn the label. */
  readonly meaning: string;
}

/** Each kind of work's label, plural, schema.org type and meaning. */
export const WORK_TYPE_INFO: Readonly<Record<WorkType, WorkTypeInfo>> = {
  news: { label: 'News', plural: 'News', schemaType: 'ReportageNewsArticle', meaning: 'Reporting of facts our journalists saw, verified or were told by sources they name.' },
  analysis: { label: 'Analysis', plural: 'Analysis', schemaType: 'AnalysisNewsArticle', meaning: 'Interpretation of the news by a specialist: it draws conclusions from the facts it sets out.' },
  opinion: { label: 'Opinion', plural: 'Opinion', schemaType: 'OpinionNewsArticle', meaning: 'The view of its author, not of our newsroom: argument, not reporting.' },
  explainer: { label: 'Explainer', plural: 'Explainers', schemaType: 'BackgroundNewsArticle', meaning: 'Background and context that help readers understand a story.' },
  review: { label: 'Review', plural: 'Reviews', schemaType: 'ReviewNewsArticle', meaning: 'A critic’s judgement of a work, a product or a performance.' },
  interview: { label: 'Interview', plural: 'Interviews', schemaType: 'ReportageNewsArticle', meaning: 'Questions put by our journalists and the answers given, as said.' },
  obituary: { label: 'Obituary', plural: 'Obituaries', schemaType: 'ReportageNewsArticle', meaning: 'An account of the life of someone who has died.' },
  live: { label: 'Live', plural: 'Live coverage', schemaType: 'LiveBlogPosting', meaning: 'Coverage of an event as it happens, updated as news comes in.' },
};

/** True when `value` names a kind of work. */
export function isWorkType(value: string): value is WorkType {
  return (WORK_TYPES as readonly string[]).includes(value);
}
