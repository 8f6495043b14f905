// Draws the site's default share image and its publisher logo into public/images/, with
// the same fonts and renderer as article share images. Run after changing the site's
// name or tagline:  npx node scripts/site-images.ts
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import satori from 'satori';
import { readFontCatalog } from '../src/build/share-images/font-catalog.ts';
import { createFontSource } from '../src/build/share-images/font-source.ts';
import { DEFAULT_SHARE_IMAGE, PUBLISHER_LOGO } from '../src/lib/seo/site-images.ts';
import { siteConfig } from '../src/site.config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const INK = '#1b1b1b';
const ACCENT = '#a3122a';
const PAPER = '#f4f2ee';

const fontSource = createFontSource(readFontCatalog(join(ROOT, 'node_modules')), join(ROOT, '.cache/share-images/fonts'));
const fonts = fontSource({ bold: `${siteConfig.title}D`, regular: siteConfig.tagline });
const satoriFonts = fonts.faces.map((face) => ({ name: face.subset, data: fonts.woff(face), weight: face.weight, style: 'normal' as const }));
const family = fonts.faces.map((face) => `'${face.subset}'`).join(', ');

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node | Node[] } };

async function draw(file: string, width: number, height: number, tree: Node): Promise<void> {
  const svg = await satori(tree, { width, height, fonts: satoriFonts });
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  const out = join(ROOT, 'public', file);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, png);
  console.log(`wrote public${file} (${width}×${height}, ${png.length} bytes)`);
}

await draw(DEFAULT_SHARE_IMAGE.path, DEFAULT_SHARE_IMAGE.width, DEFAULT_SHARE_IMAGE.height, {
  type: 'div',
  props: {
    style: {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      padding: '0 96px',
      backgroundColor: PAPER,
      borderTop: `16px solid ${ACCENT}`,
      fontFamily: family,
      color: INK,
    },
    children: [
      { type: 'div', props: { style: { fontSize: 150, fontWeight: 700, letterSpacing: -2 }, children: siteConfig.title } },
      { type: 'div', props: { style: { fontSize: 48, fontWeight: 400, color: '#555555', marginTop: 8 }, children: siteConfig.tagline } },
    ],
  },
});

await draw(PUBLISHER_LOGO.path, PUBLISHER_LOGO.width, PUBLISHER_LOGO.height, {
  type: 'div',
  props: {
    style: { width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', backgroundColor: ACCENT, fontFamily: family, color: '#ffffff' },
    children: { type: 'div', props: { style: { fontSize: 380, fontWeight: 700, lineHeight: 1 }, children: siteConfig.title.slice(0, 1) } },
  },
});
