import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../../lib/content/problems.ts';
import { MAX_PICTURE_BYTES, PICTURE_EXTENSIONS, pictureFormatOfName, pictureNameProblem, readPictureHeader, type PictureFormat, type PictureHeaderResult } from '../../lib/image-size.ts';
import { pictureProblem, type PictureClaim } from '../../lib/pictures/picture-claims.ts';
import { isInsideFolder, pictureSourceProblem } from '../../lib/pictures/picture-source.ts';
import { ownImageFile } from '../../lib/seo/article-images.ts';

/** An article's own picture that passed every check, and the very file that was checked. */
export interface CheckedPicture extends PictureClaim {
  /** The real path of the file (links followed): the only path it is read from again. */
  readonly path: string;
  readonly format: PictureFormat;
  readonly width: number;
  readonly height: number;
  /** The name it is published under beside the article page (`image.png`). */
  readonly publishedName: string;
}

/** Where pictures may come from, and how to read and name the articles' paths. */
export interface PictureCheckContext {
  /** Real paths of the folders a picture may lie in. */
  readonly roots: readonly string[];
  /** The folder the claims' article paths are relative to. */
  readonly fileRoot: string;
  /** The project's root, as given and as its real path: messages show paths inside it relative to it. */
  readonly projectRoots: readonly string[];
}

/** What checking every picture found: the pictures by article file, and the refusals. */
export interface PictureCheck {
  readonly checked: Map<string, CheckedPicture>;
  readonly problems: ContentProblem[];
}

// Opened without following a link in the last name (the real path has none, so one there now
// was put there since) and without waiting on a pipe put there since.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

// Most headers are in the first bytes; a JPEG's size may follow large metadata segments.
const HEADER_READS = [4096, 65_536, 1024 * 1024];

/**
 * The context of a build or a check: pictures may lie in the articles folder, in the
 * project's `content/` folder when the articles are the site's own (a test's or benchmark's
 * articles folder elsewhere allows itself only), and in `public/`; all by real path.
 */
export function pictureCheckContext(projectRoot: string, articlesDir: string, fileRoot = projectRoot): PictureCheckContext {
  const content = resolve(projectRoot, 'content');
  const folders = [articlesDir, ...(isInsideFolder(content, resolve(articlesDir)) ? [content] : []), join(projectRoot, 'public')];
  const real = [...new Set(folders.flatMap((folder) => realFolder(folder)))];
  // A folder inside another allowed one adds nothing, and would only lengthen the messages.
  const roots = real.filter((root) => !real.some((other) => other !== root && isInsideFolder(other, root)));
  return { roots, fileRoot, projectRoots: [projectRoot, ...realFolder(projectRoot)] };
}

/** Checks every claimed picture (see checkPicture); every refusal is listed. */
export function checkArticlePictures(claims: readonly PictureClaim[], context: PictureCheckContext): PictureCheck {
  const checked = new Map<string, CheckedPicture>();
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const result = checkPicture(claim, context);
    if ('message' in result) problems.push(result);
    else checked.set(claim.file, result);
  }
  return { checked, problems };
}

/**
 * Checks one article's picture at the door: a plain relative path, to a file that exists and,
 * links followed, is a regular file inside the allowed folders, holding a PNG, JPEG, GIF or
 * WebP of a sane size that its name promises. Gives the checked picture with its real path,
 * or the problem as `file:line: image.src: message`.
 */
export function checkPicture(claim: PictureClaim, context: PictureCheckContext): CheckedPicture | ContentProblem {
  const refuse = (message: string) => pictureProblem(claim, message);
  const quoted = JSON.stringify(claim.src);
  const lexical = pictureSourceProblem(claim.src);
  if (lexical !== undefined) return refuse(lexical);
  if (pictureFormatOfName(claim.src) === undefined) {
    return refuse(`${quoted} is not a picture this site publishes: its name must end in ${Object.keys(PICTURE_EXTENSIONS).join(', ')}`);
  }
  // Not undefined: the name ends in a picture's extension, so it is no https:// URL.
  const publishedName = ownImageFile(claim.src) ?? '';
  const path = resolve(context.fileRoot, dirname(claim.file), claim.src);
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (error) {
    return refuse(missingMessage(quoted, path, error, context));
  }
  if (!context.roots.some((root) => isInsideFolder(root, real))) {
    const allowed = context.roots.map((root) => `${shownPath(root, context)}/`).join(', ');
    return refuse(`${quoted} leads outside the folders pictures are published from (${allowed}): it is ${shownPath(real, context)}`);
  }
  const read = readHeader(real);
  if ('error' in read) return refuse(`${quoted} ${read.error}`);
  if (!read.header.ok) return refuse(`${quoted} ${read.header.message}`);
  const { header } = read.header;
  const misnamed = pictureNameProblem(claim.src, header.format);
  if (misnamed !== undefined) return refuse(`${quoted} ${misnamed}`);
  return { ...claim, path: real, format: header.format, width: header.width, height: header.height, publishedName };
}

// Reads as much of the file's start as its header needs, from the file itself (see OPEN_FLAGS).
function readHeader(real: string): { header: PictureHeaderResult } | { error: string } {
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return { error: ioMessage(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a folder, not a picture file' };
    if (!stat.isFile()) return { error: 'is not a regular file (a device, pipe or socket): save the picture as a file' };
    if (stat.size === 0) return { error: 'is an empty file' };
    if (stat.size > MAX_PICTURE_BYTES) {
      return { error: `weighs ${megabytes(stat.size)} MB, more than the ${megabytes(MAX_PICTURE_BYTES)} MB a published picture may: make it smaller` };
    }
    let header: PictureHeaderResult = { ok: false, message: 'is an empty file' };
    for (const wanted of HEADER_READS) {
      const bytes = readStart(fd, Math.min(wanted, stat.size));
      header = readPictureHeader(bytes);
      if (header.ok || bytes.length >= stat.size) break;
    }
    return { header };
  } catch (error) {
    return { error: ioMessage(error) };
  } finally {
    closeSync(fd);
  }
}

function readStart(fd: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const got = readSync(fd, bytes, filled, length - filled, filled);
    if (got === 0) break;
    filled += got;
  }
  return bytes.subarray(0, filled);
}

function missingMessage(quoted: string, path: string, error: unknown, context: PictureCheckContext): string {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    const link = linkTarget(path);
    return link === undefined
      ? `${quoted} does not exist: there is no ${shownPath(path, context)} (the path is relative to the article's folder)`
      : `${quoted} is a symbolic link to ${JSON.stringify(link)}, which does not exist`;
  }
  return `${quoted} ${ioMessage(error)}`;
}

function ioMessage(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOTDIR':
      return 'cannot be found: a name on its path is a file, not a folder';
    case 'ELOOP':
      return 'is a symbolic link that leads round in a loop';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a folder, not a picture file';
    case 'ENAMETOOLONG':
      return 'is too long a path';
    default:
      return `cannot be read (${errorCode(error) ?? String(error)})`;
  }
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function realFolder(folder: string): string[] {
  try {
    return [realpathSync.native(folder)];
  } catch {
    return [];
  }
}

/** A path as messages show it: relative to the project's root when inside it, else absolute. */
function shownPath(path: string, context: PictureCheckContext): string {
  for (const root of context.projectRoots) {
    const rel = relative(root, path);
    if (rel === '') return '.';
    if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return path;
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0).replace(/\.0$/, '');
}
