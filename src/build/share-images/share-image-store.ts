import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFontCatalog, FONT_PACKAGES } from './font-catalog.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';
import { createFontSource, type CardText, type CardFonts } from './font-source.ts';
import { cardText, renderShareImage } from './render-share-image.ts';
import type { CardSize } from '../../lib/share-image/share-card.ts';
import type { ShareCardContent } from '../../lib/share-image/share-card-content.ts';
import { shareImageKey } from '../../lib/share-image/share-image-key.ts';

/** Bump when the card's design or drawing changes, so cached images are drawn again. */
export const SHARE_IMAGE_RENDERER_VERSION = 1;

/** Where a store keeps its images and finds its libraries. */
export interface ShareImageStoreOptions {
  /** Folder of cached PNGs, kept across builds, e.g. `.cache/share-images`. */
  readonly cacheDir: string;
  /** The project's `node_modules`, where the fonts are. */
  readonly nodeModulesDir: string;
}

/** A share image and whether it came from the cache. */
export interface StoredImage {
  readonly png: Uint8Array<ArrayBuffer>;
  readonly cached: boolean;
}

/** Draws share images, or reads them from the cache when the same card was drawn before. */
export interface ShareImageStore {
  image(content: ShareCardContent, size: CardSize): Promise<StoredImage>;
  /** The name of the file this card is (or will be) stored in, in the cache folder: the same on every machine, wherever the folder is. */
  nameFor(content: ShareCardContent, size: CardSize): string;
}

/**
 * A store of share images cached by content hash in `cacheDir`: an unchanged article is
 * never drawn again, in this build or the next. Fonts are read on the first miss only, so
 * a warm build costs one file read per image.
 */
export function createShareImageStore(options: ShareImageStoreOptions): ShareImageStore {
  const renderer = rendererTag(options.nodeModulesDir);
  let fonts: ((text: CardText) => CardFonts) | undefined;
  const pending = new Map<string, Promise<StoredImage>>();
  const draw = async (content: ShareCardContent, size: CardSize, file: string): Promise<StoredImage> => {
    fonts ??= createFontSource(readFontCatalog(options.nodeModulesDir), join(options.cacheDir, 'fonts'));
    const png = await renderShareImage(content, size, fonts(cardText(content)));
    writeFileAtomically(file, png);
    // resvg frees each image's pixels in a finalizer that Node runs only between macrotasks:
    // a loop of renders that never yields keeps every image's pixels until it ends.
    await new Promise((resolve) => setImmediate(resolve));
    return { png, cached: false };
  };
  const nameFor = (content: ShareCardContent, size: CardSize) => `${shareImageKey(content, size, renderer)}.png`;
  const fileFor = (content: ShareCardContent, size: CardSize) => join(options.cacheDir, nameFor(content, size));
  return {
    nameFor,
    image(content, size) {
      const file = fileFor(content, size);
      const key = file;
      let result = pending.get(key);
      if (result === undefined) {
        result = existsSync(file) ? Promise.resolve({ png: new Uint8Array(readFileSync(file)), cached: true }) : draw(content, size, file);
        pending.set(key, result);
        // Only in-flight work is shared; finished images live in the cache folder, not in memory.
        void result.finally(() => pending.delete(key)).catch(() => undefined);
      }
      return result;
    },
  };
}

/** The renderer's identity for cache keys: our version, and those of satori, resvg and the fonts. */
export function rendererTag(nodeModulesDir: string): string {
  const version = (name: string) => (JSON.parse(readFileSync(join(nodeModulesDir, name, 'package.json'), 'utf8')) as { version: string }).version;
  const libraries = ['satori', '@resvg/resvg-js', ...FONT_PACKAGES.map((p) => p.name)];
  return [`dispatch-share-${SHARE_IMAGE_RENDERER_VERSION}`, ...libraries.map((name) => `${name}@${version(name)}`)].join(' ');
}
