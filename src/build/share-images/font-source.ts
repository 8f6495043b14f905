import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facesFor, type CatalogFace } from './font-catalog.ts';
import { writeFileAtomically } from '../output/write-file-atomically.ts';
import { woffToSfnt } from '../../lib/share-image/woff-to-sfnt.ts';

/** The text drawn at each weight of a share image. */
export interface CardText {
  readonly bold: string;
  readonly regular: string;
}

/** The font subsets one card needs, in lookup order, and their bytes. */
export interface CardFonts {
  readonly faces: readonly CatalogFace[];
  /** The WOFF bytes of a face: the same Buffer every time. */
  readonly woff: (face: CatalogFace) => Buffer;
  /**
   * A TrueType copy of a face on disk for resvg (which reads no WOFF), whose family is
   * renamed to the face's `subset`: unpacked on first use.
   */
  readonly sfntFile: (face: CatalogFace) => string;
}

/**
 * Gives a card only the font subsets its text needs. Each file is read once and the same
 * Buffer handed out again, because satori caches parsed fonts by Buffer identity; the
 * TrueType copies are unpacked once into `sfntDir` and kept there.
 */
export function createFontSource(catalog: readonly CatalogFace[], sfntDir: string): (text: CardText) => CardFonts {
  const buffers = new Map<string, Buffer>();
  const sfntFiles = new Map<string, string>();
  const woff = (face: CatalogFace): Buffer => {
    let data = buffers.get(face.path);
    if (data === undefined) {
      data = readFileSync(face.path);
      buffers.set(face.path, data);
    }
    return data;
  };
  const sfntFile = (face: CatalogFace): string => {
    let file = sfntFiles.get(face.path);
    if (file === undefined) {
      file = join(sfntDir, `${face.subset}-${face.weight}.ttf`);
      if (!existsSync(file)) {
        writeFileAtomically(file, woffToSfnt(woff(face), face.subset));
      }
      sfntFiles.set(face.path, file);
    }
    return file;
  };
  return (text) => ({ faces: [...facesFor(catalog, text.bold, 700), ...facesFor(catalog, text.regular, 400)], woff, sfntFile });
}
