import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from './pages.ts';

const session = useBrowserSession();

/** An element of the first screen that a later part of the page moves. */
interface Move {
  readonly element: string;
  readonly arrivedUpTo: string;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

// The page frame (masthead, menu) and each kind of first screen: a list, an article with its
// picture and tools, a right-to-left article, and a page whose body a script fills.
const PAGES = {
  front: PAGE_TYPES.front,
  article: PAGE_TYPES.article,
  storyArticle: PAGE_TYPES.storyArticle,
  rightToLeftArticle: PAGE_TYPES.rightToLeftArticle,
  search: PAGE_TYPES.search,
  archiveIndex: PAGE_TYPES.archiveIndex,
};

const CASES = Object.entries(PAGES).flatMap(([type, path]) => [390, 1280].map((width) => [type, width, path] as const));

type ParsedNode = DefaultTreeAdapterMap['node'];

/**
 * Where each element of the body ends in the page's HTML (after its end tag), in document
 * order: parse5 builds the tree a browser builds, so the n-th element here is the n-th there.
 */
function elementEnds(html: string): number[] {
  const ends: number[] = [];
  const walk = (node: ParsedNode) => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation;
      if (!location) throw new Error(`<${child.tagName}> has no place in the source`);
      ends.push(location.endOffset);
      walk(child);
    }
  };
  const document = parse(html, { sourceCodeLocationInfo: true });
  const root = document.childNodes.find((node) => 'tagName' in node && node.tagName === 'html');
  const body = root && 'childNodes' in root ? root.childNodes.find((node) => 'tagName' in node && node.tagName === 'body') : undefined;
  if (!body) throw new Error('the page has no body');
  walk(body);
  return ends;
}

/**
 * Writes the page into its own document one piece at a time, as a slow connection delivers
 * it, and lays it out after each piece (every `<`): an element of the first screen that is
 * not yet where it ends up would be painted there and then jump. Parsing with document.write
 * makes every such moment happen, where a real download only makes some of them likely.
 */
async function movesWhileArriving(path: string, width: number): Promise<Move[]> {
  const page = await session.browser.newPage({ viewport: { width, height: 844 } });
  // What scripts do once they run is the layout-shift test's; this is what the parser builds.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  const response = await page.goto(`${session.origin}${path}`);
  const html = (await response?.text()) ?? '';
  const moves = await page.evaluate(
    async ({ html, ends }) => {
      const bodyStart = html.search(/<body[\s>]/i);
      const stylesLoaded = async () => {
        const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
        await Promise.all(links.filter((link) => !link.sheet).map((link) => new Promise((resolve) => link.addEventListener('load', resolve, { once: true }))));
      };
      const label = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
      // Where an element starts: its top and its leading edge (the right one in right-to-left
      // text). What paints nothing cannot be seen to move, and CLS does not count it: an empty
      // box, one clipped to a pixel for screen readers, one kept hidden until its script runs.
      const start = (element: Element): [number, number] | undefined => {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || !element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return undefined;
        const leading = getComputedStyle(element).direction === 'rtl' ? box.right : box.left;
        return [Math.round(leading), Math.round(box.top)];
      };
      const onFirstScreen = (element: Element) => {
        const box = element.getBoundingClientRect();
        return element.getClientRects().length > 0 && box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0;
      };

      document.open();
      document.write(html);
      document.close();
      await stylesLoaded();
      const arrived = [...document.body.querySelectorAll('*')];
      const indexOf = new Map(arrived.map((element, index) => [element, index]));
      // The block an element's line belongs to: itself if it is a block (or a flex or grid item),
      // else its nearest block ancestor. A paragraph still arriving may realign its own lines.
      const blockOf = (element: Element): number => {
        for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
          const display = getComputedStyle(node).display;
          if (!display.startsWith('inline') && display !== 'contents') return indexOf.get(node) ?? -1;
        }
        return -1;
      };
      const final = arrived.map((element) => ({ tag: element.tagName, start: start(element), watched: onFirstScreen(element), block: blockOf(element) }));

      document.open();
      document.write(html.slice(0, bodyStart));
      await stylesLoaded();
      const found: Move[] = [];
      const reported = new Set<number>();
      let written = bodyStart;
      for (let cut = html.indexOf('<', bodyStart + 1); cut !== -1; cut = html.indexOf('<', cut + 1)) {
        document.write(html.slice(written, cut));
        written = cut;
        if (!document.body) continue;
        const present = [...document.body.querySelectorAll('*')];
        const arrivedUpTo = html.slice(cut, cut + 60).replace(/\s+/g, ' ');
        present.forEach((element, index) => {
          const end = final[index];
          if (end === undefined || end.tag !== element.tagName) throw new Error(`element ${index} is ${element.tagName} while arriving but ${end?.tag} once arrived`);
          // An element still arriving grows, and its paragraph may rewrap, as its content comes:
          // that is reading, not moving. Once both have arrived it is whole, and must stay put.
          const whole = (ends[index] ?? Infinity) <= cut && (end.block < 0 || (ends[end.block] ?? Infinity) <= cut);
          if (!whole || !end.watched || end.start === undefined || reported.has(index)) return;
          const now = start(element);
          if (now === undefined || (now[0] === end.start[0] && now[1] === end.start[1])) return;
          reported.add(index);
          found.push({ element: label(element), arrivedUpTo, from: now, to: end.start });
        });
      }
      document.write(html.slice(written));
      document.close();
      return found;
    },
    { html, ends: elementEnds(html) },
  );
  await page.close();
  return moves;
}

describe('a page arriving slowly', () => {
  it.each(CASES)('%s page at %i px: what is painted of the first screen stays put as the rest arrives', async (_type, width, path) => {
    const moves = await movesWhileArriving(path, width);
    expect(moves, `moved: ${JSON.stringify(moves, null, 1)}`).toEqual([]);
  });
});
