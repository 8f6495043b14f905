import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticlePictures, checkPicture, pictureCheckContext, type CheckedPicture, type PictureCheckContext } from '../../../../src/build/pictures/check-pictures.ts';
import { checkedPictureOf } from '../../../../src/build/pictures/checked-pictures.ts';
import { readCheckedPicture } from '../../../../src/build/pictures/read-checked-picture.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { jpegBytes, pngBytes, webpBytes } from '../../../support/picture-bytes.ts';

// A project with its content and public folders, a secret beside them and a folder elsewhere.
let base: string;
let project: string;
let elsewhere: string;
let context: PictureCheckContext;
const ARTICLE = 'content/articles/a.md';

function put(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), bytes);
}

function link(path: string, target: string): void {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  symlinkSync(target, join(project, path));
}

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'dispatch-pictures-')));
  project = join(base, 'project');
  elsewhere = join(base, 'elsewhere');
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'secret.png'), pngBytes(10, 10));
  put('secret-plan.png', pngBytes(10, 10));
  put(ARTICLE, '---\n---\n');
  put('content/articles/pictures/map.png', pngBytes(64, 48));
  put('content/articles/pictures/Old Map.JPG', jpegBytes(1600, 900));
  put('content/shared/river.webp', webpBytes(800, 450));
  put('content/articles/pictures/deep.jpg', jpegBytes(640, 480, 60_000));
  put('public/images/logo.png', pngBytes(120, 60));
  put('content/articles/empty.png', '');
  put('content/articles/text.png', 'xPNG\r\n\x1a\n is what this text starts with');
  put('content/articles/zero.png', pngBytes(0, 0));
  put('content/articles/huge.png', pngBytes(1_819_043_176, 1_684_300_900));
  put('content/articles/jpeg.png', jpegBytes(40, 30));
  put('content/articles/heavy.png', pngBytes(10, 10));
  truncateSync(join(project, 'content/articles/heavy.png'), 51 * 1024 * 1024);
  put('content/articles/photo.avif', 'not read');
  mkdirSync(join(project, 'content/articles/folder.png'));
  spawnSync('mkfifo', [join(project, 'content/articles/pipe.png')]);
  link('content/articles/escape.png', '../../secret-plan.png');
  link('content/articles/absolute.png', join(elsewhere, 'secret.png'));
  link('content/articles/linked', elsewhere);
  link('content/articles/alias.png', 'pictures/map.png');
  link('content/articles/dangling.png', 'nowhere.png');
  link('content/articles/loop.png', 'loop.png');
  context = pictureCheckContext(project, join(project, 'content/articles'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const check = (src: string, ctx = context) => checkPicture({ file: ARTICLE, src, line: 7 }, ctx);

describe('checkPicture', () => {
  it.each([
    ['pictures/map.png', 'content/articles/pictures/map.png', { format: 'png', width: 64, height: 48, publishedName: 'image.png' }],
    ['pictures/Old Map.JPG', 'content/articles/pictures/Old Map.JPG', { format: 'jpg', width: 1600, height: 900, publishedName: 'image.jpg' }],
    ['../shared/river.webp', 'content/shared/river.webp', { format: 'webp', width: 800, height: 450, publishedName: 'image.webp' }],
    ['../../public/images/logo.png', 'public/images/logo.png', { format: 'png', width: 120, height: 60, publishedName: 'image.png' }],
    // Its size comes after 60 kB of metadata: more is read than the first few kilobytes.
    ['pictures/deep.jpg', 'content/articles/pictures/deep.jpg', { format: 'jpg', width: 640, height: 480 }],
    ['./pictures/../pictures/map.png', 'content/articles/pictures/map.png', { format: 'png', width: 64, height: 48 }],
    // A link that stays inside is followed: the file read is the real one it leads to.
    ['alias.png', 'content/articles/pictures/map.png', { format: 'png', width: 64, height: 48 }],
  ])('accepts %s, read from %s', (src, real, fields) => {
    expect(check(src)).toMatchObject({ file: ARTICLE, src, line: 7, path: join(project, real), ...fields });
  });

  it.each([
    ['../../secret-plan.png', 'leads outside the folders pictures are published from (content/, public/): it is secret-plan.png'],
    ['../../../elsewhere/secret.png', 'leads outside the folders pictures are published from (content/, public/): it is <base>/elsewhere/secret.png'],
    ['escape.png', 'leads outside the folders pictures are published from (content/, public/): it is secret-plan.png'],
    ['absolute.png', 'it is <base>/elsewhere/secret.png'],
    ['linked/secret.png', 'it is <base>/elsewhere/secret.png'],
    ['/etc/passwd', 'is an absolute path'],
    ['%2e%2e/%2e%2e/secret-plan.png', 'is percent-encoded'],
    ['..\\..\\secret-plan.png', 'uses "\\"'],
    ['file:///etc/passwd', 'is a URL'],
    ['pictures/missing.png', "does not exist: there is no content/articles/pictures/missing.png (the path is relative to the article's folder)"],
    ['dangling.png', 'is a symbolic link to "nowhere.png", which does not exist'],
    ['loop.png', 'is a symbolic link that leads round in a loop'],
    ['pictures/map.png/x.png', 'cannot be found: a name on its path is a file, not a folder'],
    ['folder.png', 'is a folder, not a picture file'],
    ['pipe.png', 'is not a regular file (a device, pipe or socket)'],
    ['empty.png', 'is an empty file'],
    ['heavy.png', 'weighs 51 MB, more than the 50 MB a published picture may'],
    ['text.png', 'is not a PNG, JPEG, GIF or WebP picture'],
    ['zero.png', 'has a PNG header that gives 0×0 pixels: the file is damaged or not a picture'],
    ['huge.png', 'has a PNG header that gives 1819043176×1684300900 pixels, more than the 20,000 pixels a side this site publishes: the file is damaged, or make it smaller'],
    ['jpeg.png', 'is a JPEG picture but its name ends in ".png": rename it to end in ".jpg"'],
    ['photo.avif', 'is not a picture this site publishes: its name must end in .png, .jpg, .jpeg, .gif, .webp'],
  ])('refuses %s', (src, message) => {
    const result = check(src);
    const printed = 'message' in result ? formatProblem(result) : 'accepted';
    expect(printed.startsWith(`${ARTICLE}:7: image.src: ${JSON.stringify(src)} `), printed).toBe(true);
    expect(printed).toContain(message.replace('<base>', base));
  });

  it('allows only the articles folder and public/ when the articles are not the site’s own (a test’s folder)', () => {
    put('fixture/articles/a.md', '---\n---\n');
    put('fixture/articles/own.png', pngBytes(5, 5));
    const fixture = pictureCheckContext(project, join(project, 'fixture/articles'));
    const at = (src: string) => checkPicture({ file: 'fixture/articles/a.md', src }, fixture);
    expect(at('own.png')).toMatchObject({ width: 5 });
    expect(at('../../public/images/logo.png')).toMatchObject({ width: 120 });
    expect(at('../../content/articles/pictures/map.png')).toMatchObject({
      message: '"../../content/articles/pictures/map.png" leads outside the folders pictures are published from (fixture/articles/, public/): it is content/articles/pictures/map.png',
    });
  });

  it('lists every refusal at once, and keeps every picture that passed by its article', () => {
    const { checked, problems } = checkArticlePictures(
      [
        { file: ARTICLE, src: 'pictures/map.png' },
        { file: 'content/articles/b.md', src: 'escape.png', line: 5 },
        { file: 'content/articles/c.md', src: 'zero.png', line: 6 },
      ],
      context,
    );
    expect([...checked.keys()]).toEqual([ARTICLE]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/articles\/b\.md:5: image\.src: "escape\.png" leads outside/),
      expect.stringMatching(/^content\/articles\/c\.md:6: image\.src: "zero\.png" has a PNG header that gives 0×0 pixels/),
    ]);
  });
});

describe('publishing a checked picture', () => {
  const checked = (src: string) => check(src) as CheckedPicture;

  it('reads the very file that was checked', async () => {
    put('content/articles/kept.png', pngBytes(12, 8));
    expect(new Uint8Array(await readCheckedPicture(checked('kept.png')))).toEqual(pngBytes(12, 8));
    expect(new Uint8Array(await readCheckedPicture(checked('alias.png')))).toEqual(pngBytes(64, 48));
  });

  it('refuses a file swapped for a link out of the content folder since it was checked', async () => {
    put('content/articles/swapped.png', pngBytes(12, 8));
    const picture = checked('swapped.png');
    unlinkSync(join(project, 'content/articles/swapped.png'));
    link('content/articles/swapped.png', '../../secret-plan.png');
    await expect(readCheckedPicture(picture)).rejects.toThrow(
      /^content\/articles\/a\.md:7: image\.src: "swapped\.png" could not be read from .*swapped\.png to publish it: its path now leads through a symbolic link$/,
    );
  });

  it.each([
    ['replaced by another picture', (path: string) => writeFileSync(path, pngBytes(13, 8)), /"changed\.png" changed since the content was checked .*: build again$/],
    ['replaced by text', (path: string) => writeFileSync(path, 'text'), /"changed\.png" changed since the content was checked/],
    ['removed', (path: string) => unlinkSync(path), /^content\/articles\/a\.md:7: image\.src: "changed\.png" could not be read from .*changed\.png to publish it: ENOENT/],
  ])('refuses a file %s since it was checked', async (_name, change, message) => {
    put('content/articles/changed.png', pngBytes(12, 8));
    const picture = checked('changed.png');
    change(join(project, 'content/articles/changed.png'));
    await expect(readCheckedPicture(picture)).rejects.toThrow(message);
  });

  it('gives pages the picture checked by the loader rules, and refuses the same escapes', () => {
    expect(checkedPictureOf(ARTICLE, 'pictures/map.png', () => context)).toMatchObject({ path: join(project, 'content/articles/pictures/map.png'), width: 64 });
    expect(checkedPictureOf(ARTICLE, 'alias.png', () => context)).toMatchObject({ path: join(project, 'content/articles/pictures/map.png'), width: 64 });
    expect(() => checkedPictureOf('content/articles/b.md', '../../secret-plan.png', () => context)).toThrow(
      /^content\/articles\/b\.md: image\.src: "\.\.\/\.\.\/secret-plan\.png" leads outside the folders pictures are published from/,
    );
  });
});
