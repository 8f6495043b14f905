/**
 * Why an article's `image.src` cannot name a picture file beside it, before the file system
 * is asked: only a plain relative path (`pictures/map.png`, `../shared/map.png`) is read,
 * and whether it stays inside the content folder is decided on the real path after links
 * are followed (src/build/pictures/). Undefined when the path is of that kind.
 */
export function pictureSourceProblem(src: string): string | undefined {
  const shown = JSON.stringify(src);
  const control = /[\u0000-\u001f\u007f-\u009f]/u.exec(src)?.[0];
  if (control !== undefined) return `${shown} holds a control character (U+${control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}): write the path of the picture as plain text`;
  if (src.includes('\\')) return `${shown} uses "\\": separate folders with "/" (e.g. pictures/map.png)`;
  if (/%[0-9a-f]{2}/i.test(src)) return `${shown} is percent-encoded like a URL: write the path as the file is named (a space as a space)`;
  if (/^[a-z]:/i.test(src)) return `${shown} is a Windows drive path: give the path relative to the article (e.g. pictures/map.png)`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return `${shown} is a URL: give an https:// URL or a path relative to the article`;
  if (src.startsWith('/')) return `${shown} is an absolute path: give the path relative to the article (e.g. pictures/map.png)`;
  if (src.startsWith('~')) return `${shown} starts with "~", which names no home folder here: give the path relative to the article`;
  if (src.endsWith('/') || /(?:^|\/)\.{1,2}$/.test(src)) return `${shown} names a folder: give the path of the picture file`;
  return undefined;
}

/**
 * True when `path` is `folder` or lies inside it. Both must be absolute, normalised real
 * paths (no `..`, no links): the decision is then a comparison of names, with "/" or "\"
 * as the separator the paths use, so `/site/content-old` is not inside `/site/content`.
 */
export function isInsideFolder(folder: string, path: string): boolean {
  const separator = folder.includes('/') ? '/' : '\\';
  const prefix = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  return path === folder || path.startsWith(prefix);
}
