import { sameLanguage } from '../i18n/language.ts';
import { contentProblem, type ContentProblem } from './problems.ts';

/** What the translation check needs of each article file that could be read. */
export interface TranslationRecord {
  readonly file: string;
  readonly slug: string;
  /** Its language, canonical; the site's when the file names none or names one that is refused. */
  readonly lang: string;
  readonly translations: readonly string[];
  readonly lineOf: (field: string) => number | undefined;
}

/**
 * Checks `translations` across the site: each names another article, in another language, and
 * one story has at most one version per language, counting the versions its versions list
 * (readers follow the links both ways, so they form one group).
 */
export function checkTranslations(records: readonly TranslationRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(records.map((record) => [record.slug, record]));
  const error = (record: TranslationRecord, index: number, message: string) => {
    problems.push(contentProblem(record.file, record.lineOf(`translations.${index}`), `translations.${index}`, message));
  };
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    linked.set(a, (linked.get(a) ?? new Set()).add(b));
    linked.set(b, (linked.get(b) ?? new Set()).add(a));
  };
  for (const record of records) {
    record.translations.forEach((slug, index) => {
      const other = bySlug.get(slug);
      if (slug === record.slug) error(record, index, `"${slug}" is this article itself`);
      else if (other === undefined) error(record, index, `"${slug}" names no article`);
      else if (sameLanguage(other.lang, record.lang)) error(record, index, `"${slug}" is in ${other.lang}, the language of this article (${record.lang}): a translation is in another language`);
      else link(record.slug, slug);
    });
  }
  for (const group of groups(linked)) {
    const records = group.flatMap((slug) => bySlug.get(slug) ?? []);
    const byLanguage = Map.groupBy(records, (record) => new Intl.Locale(record.lang).language);
    for (const [language, versions] of byLanguage) {
      if (versions.length < 2) continue;
      for (const record of versions) {
        const others = versions.filter((v) => v !== record).map((v) => v.file);
        problems.push(
          contentProblem(
            record.file,
            record.lineOf('translations'),
            'translations',
            `links versions of one story of which ${others.join(', ')} is also in "${language}": a story has one version per language`,
          ),
        );
      }
    }
  }
  return problems;
}

/** The groups of slugs linked to each other, directly or through others, each sorted. */
export function groups(linked: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const start of [...linked.keys()].sort()) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const slug = stack.pop() ?? '';
      group.push(slug);
      for (const next of linked.get(slug) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    result.push(group.sort());
  }
  return result;
}
