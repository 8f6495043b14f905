import { sha256 } from '../hash.ts';
import type { CardSize } from './share-card.ts';
import type { ShareCardContent } from './share-card-content.ts';

/**
 * The cache key of a share image: a hash of everything drawn, the size, and the renderer
 * (our version and the versions of satori, resvg and the fonts), so a change to any of
 * them draws the image again and nothing else does.
 */
export function shareImageKey(content: ShareCardContent, size: CardSize, renderer: string): string {
  const drawn = JSON.stringify([renderer, size.width, size.height, content.headline, content.direction, content.section, content.date ?? null, content.credit ?? null, content.siteName]);
  return sha256(drawn, 'hex').slice(0, 32);
}
