import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareBlogCacheDirs, bareBlogFiles, writeBareBlog } from '../../../scripts/support/bare-blog.ts';
import { tempFolder } from './run-script.ts';

describe('the bare Astro blog', () => {
  const files = bareBlogFiles('../bench-300-none/articles');

  it('has what a new user starts from: a collection, a page per post and a list of all posts', () => {
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'package.json', 'src/content.config.ts', 'src/layouts/Base.astro', 'src/pages/index.astro', 'src/pages/posts/[...id].astro']);
  });

  it('reads the articles with the glob loader and no schema, so any front matter is taken', () => {
    const config = files['src/content.config.ts'] ?? '';
    expect(config).toContain("import { glob } from 'astro/loaders';");
    expect(config).toContain(`glob({ pattern: '**/*.md', base: "../bench-300-none/articles" })`);
    expect(config).not.toContain('schema');
  });

  it('renders each post’s Markdown on a page of its own', () => {
    const page = files['src/pages/posts/[...id].astro'] ?? '';
    expect(page).toContain("await getCollection('posts')");
    expect(page).toContain('await render(post)');
    expect(page).toContain('<Content />');
  });

  it('lists every post, newest first, linking to its page', () => {
    const list = files['src/pages/index.astro'] ?? '';
    expect(list).toContain("await getCollection('posts')");
    expect(list).toContain('new Date(b.data.date).valueOf() - new Date(a.data.date).valueOf()');
    expect(list).toContain('href={`/posts/${post.id}/`}');
  });

  it('adds no package and keeps its caches in its own folder', () => {
    const manifest = JSON.parse(files['package.json'] ?? '{}') as Record<string, unknown>;
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['devDependencies']).toBeUndefined();
    expect(files['astro.config.mjs']).toContain("cacheDir: './.cache/astro'");
    expect(files['astro.config.mjs']).toContain("vite: { cacheDir: './.cache/vite' }");
  });

  it('is written with a link to the project’s node_modules, and its output and caches are what a cold build removes', () => {
    const scratch = tempFolder({ 'articles/harbour.md': '---\ntitle: Harbour reopens\ndate: 2031-04-02\n---\n\nThe harbour reopened.\n', 'node_modules/.keep': '' });
    const root = join(scratch, 'blog');
    writeBareBlog(root, join(scratch, 'articles'), join(scratch, 'node_modules'));
    expect(readFileSync(join(root, 'src/content.config.ts'), 'utf8')).toContain('base: "../articles"');
    expect(lstatSync(join(root, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'node_modules'))).toBe(join(scratch, 'node_modules'));
    expect(bareBlogCacheDirs(root)).toEqual([join(root, 'dist'), join(root, '.astro'), join(root, '.cache')]);
  });
});
