// The bare Astro blog `npm run bench -- --compare-bare` measures the full site against: what a
// new user would start from, written from Astro's content-collections guide. A content
// collection with the glob loader and no schema (so our articles' front matter is taken as it
// is), one page per post rendering its Markdown, and one list of every post. It is generated
// into scratch/ and runs on the project's own Astro through a node_modules symlink.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The bare blog's files, path (relative to its root) → text, reading articles from `articlesDir` (a path relative to the blog's root). */
export function bareBlogFiles(articlesDir: string): Record<string, string> {
  const base = articlesDir.split(sep).join('/');
  return {
    'package.json': `${JSON.stringify({ name: 'bare-astro-blog', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
    // Its caches stay in its own folder: node_modules is the project's, shared through a symlink.
    'astro.config.mjs': ["import { defineConfig } from 'astro/config';", '', "export default defineConfig({ cacheDir: './.cache/astro', vite: { cacheDir: './.cache/vite' } });", ''].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      `const posts = defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(base)} }) });`,
      '',
      'export const collections = { posts };',
      '',
    ].join('\n'),
    'src/layouts/Base.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<html lang="en">',
      '  <head>',
      '    <meta charset="utf-8" />',
      '    <meta name="viewport" content="width=device-width" />',
      '    <title>{title}</title>',
      '  </head>',
      '  <body>',
      '    <slot />',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
    'src/pages/posts/[...id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Base from '../../layouts/Base.astro';",
      '',
      'export async function getStaticPaths() {',
      "  const posts = await getCollection('posts');",
      '  return posts.map((post) => ({ params: { id: post.id }, props: { post } }));',
      '}',
      '',
      'const { post } = Astro.props;',
      'const { Content } = await render(post);',
      '---',
      '<Base title={post.data.title}>',
      '  <article>',
      '    <h1>{post.data.title}</h1>',
      '    <time datetime={new Date(post.data.date).toISOString()}>{new Date(post.data.date).toDateString()}</time>',
      '    <Content />',
      '  </article>',
      '</Base>',
      '',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      "import Base from '../layouts/Base.astro';",
      '',
      "const posts = (await getCollection('posts')).sort((a, b) => new Date(b.data.date).valueOf() - new Date(a.data.date).valueOf());",
      '---',
      '<Base title="All posts">',
      '  <h1>All posts</h1>',
      '  <ul>',
      '    {',
      '      posts.map((post) => (',
      '        <li>',
      '          <a href={`/posts/${post.id}/`}>{post.data.title}</a> <time datetime={new Date(post.data.date).toISOString()}>{new Date(post.data.date).toDateString()}</time>',
      '        </li>',
      '      ))',
      '    }',
      '  </ul>',
      '</Base>',
      '',
    ].join('\n'),
  };
}

/** What a cold build of the bare blog at `root` starts without: its output and every cache. */
export function bareBlogCacheDirs(root: string): string[] {
  return ['dist', '.astro', '.cache'].map((dir) => join(root, dir));
}

/** Writes the bare blog into `root` (emptied first), reading the articles in `articlesDir`, on the Astro in `nodeModules`. */
export function writeBareBlog(root: string, articlesDir: string, nodeModules: string): void {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(bareBlogFiles(relative(root, articlesDir)))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
}
