import { constants, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { MAX_PICTURE_BYTES, readPictureHeader } from '../../lib/image-size.ts';
import type { CheckedPicture } from './check-pictures.ts';

// As the check opened it: no link in the last name, no waiting on a pipe.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a checked picture, to publish: read from the very file that was checked (its
 * real path), and refused unless it still is that file, a regular one holding the picture the
 * check saw. Every failure names the article file and field.
 */
export async function readCheckedPicture(picture: CheckedPicture): Promise<Uint8Array<ArrayBuffer>> {
  const where = `${picture.file}${picture.line === undefined ? '' : `:${picture.line}`}: image.src: ${JSON.stringify(picture.src)}`;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    if ((await realpath(picture.path)) !== picture.path) throw new Error('its path now leads through a symbolic link');
    const handle = await open(picture.path, OPEN_FLAGS);
    try {
      const stat: Stats = await handle.stat();
      if (!stat.isFile()) throw new Error('it is no longer a regular file');
      if (stat.size > MAX_PICTURE_BYTES) throw new Error('it has grown beyond the size a published picture may have');
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new Error(`${where} could not be read from ${picture.path} to publish it: ${(error as Error).message}`, { cause: error });
  }
  const header = readPictureHeader(bytes);
  if (!header.ok || header.header.format !== picture.format || header.header.width !== picture.width || header.header.height !== picture.height) {
    throw new Error(`${where} changed since the content was checked (${picture.path}): build again`);
  }
  return bytes;
}
