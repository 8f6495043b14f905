import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { pngBytes } from '../support/picture-bytes.ts';
import { folderWith } from '../support/temp-tree.ts';

const article = (title: string, image: readonly string[]) => ['---', `title: ${title}`, 'date: 2024-05-17T09:00:00+01:00', ...image, '---', '', `${title}, in fictional words.`, ''].join('\n');

describe('a site whose pictures lead outside the articles folder', () => {
  let tree: string;
  let site: BuiltSite;
  beforeAll(() => {
    tree = folderWith({
      'articles/climb.md': article('A climb out of the folder', ['image:', '  alt: A plan', '  src: ../secret-plan.png']),
      'articles/linked.md': article('A link out of the folder', ['image: { src: pictures/plan.png, alt: A plan }']),
      'articles/fine.md': article('A picture of its own', ['image: { src: pictures/map.png, alt: A map }']),
      'outside/story.md': article('A story kept elsewhere', []),
    });
    writeFileSync(join(tree, 'secret-plan.png'), pngBytes(8, 8));
    mkdirSync(join(tree, 'articles/pictures'));
    writeFileSync(join(tree, 'articles/pictures/map.png'), pngBytes(8, 8));
    symlinkSync('../../secret-plan.png', join(tree, 'articles/pictures/plan.png'));
    symlinkSync('../outside/story.md', join(tree, 'articles/story.md'));
    site = buildSite(join(tree, 'articles'));
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('fails the build and publishes nothing', () => {
    expect(site.status).not.toBe(0);
    expect(site.files().filter((file) => file.startsWith('articles/') || file === 'index.html')).toEqual([]);
  });

  it.each([
    ['climb.md:6: image.src: "../secret-plan.png" leads outside the folders pictures are published from'],
    ['linked.md:4: image.src: "pictures/plan.png" leads outside the folders pictures are published from'],
  ])('reports %s', (line) => {
    expect(site.output).toContain(`articles/${line}`);
  });

  it('warns of the linked article it leaves out, naming it', () => {
    expect(site.output).toContain('articles/story.md: warning: file: is a symbolic link (to "../outside/story.md") and is not published');
  });

  it('counts the pictures among the problems', () => {
    expect(site.output).toContain('2 problems in 2 article files');
  });
});
