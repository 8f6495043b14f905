import { describe, expect, it } from 'vitest';
import { isInsideFolder, pictureSourceProblem } from '../../../src/lib/pictures/picture-source.ts';

describe('pictureSourceProblem', () => {
  it.each([['map.png'], ['pictures/Old Map.png'], ['../shared/x.webp'], ['../../secret-plan.png'], ['./map.png'], ['50% off.png'], ['Ünïcödé 地图.png']])(
    'lets %s through to the file checks',
    (src) => {
      expect(pictureSourceProblem(src)).toBeUndefined();
    },
  );

  it.each([
    ['/etc/passwd', 'is an absolute path'],
    ['//server/share/x.png', 'is an absolute path'],
    ['file:///etc/passwd', 'is a URL'],
    ['http://example.org/x.png', 'is a URL'],
    ['data:image/png;base64,AAAA', 'is a URL'],
    ['C:/Users/ed/map.png', 'is a Windows drive path'],
    ['c:map.png', 'is a Windows drive path'],
    ['C:\\Users\\ed\\map.png', 'uses "\\"'],
    ['..\\..\\secret.png', 'uses "\\"'],
    ['\\\\server\\share\\x.png', 'uses "\\"'],
    ['%2e%2e/%2e%2e/secret.png', 'is percent-encoded'],
    ['..%2F..%2Fsecret.png', 'is percent-encoded'],
    ['map%20one.png', 'is percent-encoded'],
    ['map.png\u0000.txt', 'holds a control character (U+0000)'],
    ['map\n.png', 'holds a control character (U+000A)'],
    ['map\u0085.png', 'holds a control character (U+0085)'],
    ['~/pictures/map.png', 'starts with "~"'],
    ['pictures/', 'names a folder'],
    ['..', 'names a folder'],
    ['pictures/.', 'names a folder'],
  ])('refuses %j', (src, message) => {
    expect(pictureSourceProblem(src)).toContain(message);
  });
});

describe('isInsideFolder', () => {
  it.each([
    ['/site/content', '/site/content/articles/map.png', true],
    ['/site/content', '/site/content', true],
    ['/site/content/', '/site/content/map.png', true],
    ['/site/content', '/site/content-old/map.png', false],
    ['/site/content', '/site/secret.png', false],
    ['/site/content', '/etc/passwd', false],
    ['C:\\site\\content', 'C:\\site\\content\\map.png', true],
    ['C:\\site\\content', 'C:\\site\\contents\\map.png', false],
  ])('%s holds %s: %s', (folder, path, inside) => {
    expect(isInsideFolder(folder, path)).toBe(inside);
  });
});
