import { sha256 } from '../hash.ts';
import { mapsAsEntries } from '../page-cache-key.ts';
import type { SitePlanParts } from './site-plan.ts';

/**
 * How each part of a plan enters its inputs' key: `made` when the code makes it from the stored
 * files alone, which the content key digests (the articles, the file each body is read from,
 * the related links and the stories made from their text, the corrections' notes); `digested`
 * for every other part, which something else can change (an image file's size, the share cards
 * the cache holds, a setting of the environment): its value is digested; `unpublished` for what
 * no page or file of the output shows (the share cards drawn ahead for later builds), so that
 * two builds of the same site from different card caches publish the same files. A part added
 * to the plan must be placed here.
 */
const PARTS: { readonly [K in keyof SitePlanParts]: K extends 'contentKey' ? 'key' : 'made' | 'digested' | 'unpublished' } = {
  contentKey: 'key',
  articles: 'made',
  sources: 'made',
  related: 'made',
  stories: 'made',
  searchShards: 'digested',
  shareImages: 'digested',
  sharedWithSectionCard: 'digested',
  shareImagesAhead: 'unpublished',
  pictures: 'digested',
  changeNotes: 'made',
  authorProfiles: 'digested',
  sitePages: 'digested',
};

/**
 * A digest of what a plan is made from: its content key and the parts that depend on more than
 * the stored files. Made by the same code, plans with equal keys are equal, so a whole build
 * keys what depends on its whole plan (the service worker's version) without writing out the
 * plan's text (decision 0029); a shard's plan, which keeps only its own articles' related links
 * and sources, has its whole site's key.
 */
export function planInputsKey(plan: SitePlanParts): string {
  const digested = (Object.keys(PARTS) as (keyof SitePlanParts)[]).filter((part) => PARTS[part] === 'digested').map((part) => [part, plan[part]]);
  return sha256([plan.contentKey, '\0', JSON.stringify(digested, mapsAsEntries)], 'base64url');
}
