import { imageSize } from 'image-size';

/** Width and height of a picture in pixels. */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/** The picture formats this site publishes, as image-size names them. */
export type PictureFormat = 'png' | 'jpg' | 'gif' | 'webp';

/** A picture's format and size, read from its header. */
export interface PictureHeader extends ImageSize {
  readonly format: PictureFormat;
}

/** What reading a picture's header gave: the header, or why the file is refused. */
export type PictureHeaderResult = { readonly ok: true; readonly header: PictureHeader } | { readonly ok: false; readonly message: string };

/** The file-name extensions of the pictures this site publishes, with the format each one names. */
export const PICTURE_EXTENSIONS: Readonly<Record<string, PictureFormat>> = { '.png': 'png', '.jpg': 'jpg', '.jpeg': 'jpg', '.gif': 'gif', '.webp': 'webp' };

/** The media type a picture is served with. */
export const PICTURE_MEDIA_TYPES: Readonly<Record<PictureFormat, string>> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  png: 'PNG',
  jpg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  heif: 'HEIF',
  heic: 'HEIC',
  avif: 'AVIF',
  svg: 'SVG',
  tiff: 'TIFF',
  bmp: 'BMP',
  ico: 'ICO',
  cur: 'CUR',
  psd: 'Photoshop',
  jxl: 'JPEG XL',
  'jxl-stream': 'JPEG XL',
  jp2: 'JPEG 2000',
  j2c: 'JPEG 2000',
};

/**
 * No side of a published picture may be longer than this: no photograph a page shows is,
 * while a header that says so is a damaged file or bytes that only look like one.
 */
export const MAX_PICTURE_SIDE = 20_000;

/**
 * Nor may it hold more pixels than this: the reader's browser decodes every pixel into four
 * bytes, and 200 MB for one picture is more than a phone's browser gives it (a full-size
 * camera original still fits).
 */
export const MAX_PICTURE_PIXELS = 50_000_000;

/**
 * Nor weigh more than this: it is copied into the site as it is, and read into memory once to
 * be copied; a full-size camera JPEG stays well under it.
 */
export const MAX_PICTURE_BYTES = 50 * 1024 * 1024;

/** The format a picture's file name promises (`Map.JPG` → `jpg`), or undefined for any other name. */
export function pictureFormatOfName(name: string): PictureFormat | undefined {
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0]?.toLowerCase();
  return extension === undefined ? undefined : PICTURE_EXTENSIONS[extension];
}

/** Human name of a picture format (`jpg` → `JPEG`). */
export function pictureFormatName(format: string): string {
  return FORMAT_NAMES[format] ?? format.toUpperCase();
}

/**
 * Reads the format and pixel size from the first bytes of a picture file (image-size parses
 * the header), and refuses what this site will not publish: anything but a PNG, JPEG, GIF or
 * WebP whose header parses, and sizes no real picture has (0 pixels, or beyond the bounds
 * above). `bytes` may be only the start of the file: a refusal may then go once more is read.
 */
export function readPictureHeader(bytes: Uint8Array): PictureHeaderResult {
  let read: { width?: number; height?: number; type?: string };
  try {
    read = imageSize(bytes);
  } catch {
    return { ok: false, message: 'is not a PNG, JPEG, GIF or WebP picture: its first bytes are no picture header this site can read' };
  }
  const type = read.type ?? '';
  if (!isPictureFormat(type)) return { ok: false, message: `is ${aOrAn(pictureFormatName(type))} file: save it as PNG, JPEG, GIF or WebP` };
  const size = { width: read.width ?? 0, height: read.height ?? 0 };
  const problem = pictureSizeProblem(size);
  return problem === undefined ? { ok: true, header: { format: type, ...size } } : { ok: false, message: `has a ${pictureFormatName(type)} header that gives ${problem}` };
}

/**
 * Why a picture of this size is refused, worded to follow "a header that gives", or undefined
 * when the size is one a real picture can have.
 */
export function pictureSizeProblem({ width, height }: ImageSize): string | undefined {
  const size = `${width}×${height} pixels`;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return `${size}: the file is damaged or not a picture`;
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE)
    return `${size}, more than the ${MAX_PICTURE_SIDE.toLocaleString('en')} pixels a side this site publishes: the file is damaged, or make it smaller`;
  if (width * height > MAX_PICTURE_PIXELS) return `${size}, more than the ${MAX_PICTURE_PIXELS / 1_000_000} million pixels a browser can be asked to decode: make it smaller`;
  return undefined;
}

/**
 * Why a picture whose file is `name` and whose header says `format` is refused: its name must
 * promise the format it holds, since the published file's name and media type come from it.
 */
export function pictureNameProblem(name: string, format: PictureFormat): string | undefined {
  const promised = pictureFormatOfName(name);
  if (promised === format) return undefined;
  const extension = /\.[a-z0-9]+$/i.exec(name)?.[0] ?? '';
  return `is a ${pictureFormatName(format)} picture but its name ends in "${extension}": rename it to end in ".${format}"`;
}

// "an SVG", "a PNG": the article goes by how the name is read out.
function aOrAn(name: string): string {
  return `${/^(?:SVG|HEIF|HEIC|AVIF|ICO)$/.test(name) ? 'an' : 'a'} ${name}`;
}

function isPictureFormat(type: string): type is PictureFormat {
  return type === 'png' || type === 'jpg' || type === 'gif' || type === 'webp';
}
