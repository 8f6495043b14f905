import { defineCollection } from 'astro:content';
import { articlesLoader } from './build/content/articles-loader.ts';
import { siteConfig } from './site.config.ts';

/**
 * Every article under content/articles/, validated by the content format's rules in its loader
 * (src/lib/content/validate-articles.ts). The store keeps each entry's file and digest; the
 * front matter the loader checked reaches the site plan through the build session (decision 0028).
 */
const articles = defineCollection({
  loader: articlesLoader(siteConfig),
});

/** The site's content collections. */
export const collections = { articles };
