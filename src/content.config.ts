import { defineCollection } from 'astro:content';
import { articlesLoader } from './build/content/articles-loader.ts';
import { createFrontMatterSchema } from './lib/content/article-schema.ts';
import { siteConfig } from './site.config.ts';

/** Every article under content/articles/, validated by the content format's rules. */
const articles = defineCollection({
  loader: articlesLoader(siteConfig),
  schema: createFrontMatterSchema(siteConfig),
});

/** The site's content collections. */
export const collections = { articles };
