import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { normaliseParagraphText, paragraphId, paragraphIds } from '../../../src/lib/paragraph-ids.ts';
import { rehypeParagraphIds } from '../../../src/markdown/rehype-paragraph-ids.ts';

const FLANKED = 'Flanked by uniformed defence officials, North Korean state media images showed an unsmiling Kim.';
const RUSSIAN = 'Russian state news agency Ria Novosti later confirmed Kim’s train had crossed the border.';
const QUOTE = '“Obviously, as neighbours, our countries also co-operate,” Mr Peskov said.';

describe('paragraphId', () => {
  it.each([
    [FLANKED, /^p-flanked-by-uniformed-defence-officials-[0-9a-z]{6}$/],
    [QUOTE, /^p-obviously-as-neighbours-our-countries-[0-9a-z]{6}$/],
    ['Жители Остреля отмечают открытие гавани.', /^p-[0-9a-z]{6}$/],
    ['奥斯特雷尔港重新开放', /^p-[0-9a-z]{6}$/],
    ['', /^p-[0-9a-z]{6}$/],
  ])('derives an id from %j', (text, pattern) => {
    expect(paragraphId(text)).toMatch(pattern);
  });

  it.each([
    ['the same text', FLANKED, FLANKED, true],
    ['other spacing', FLANKED, FLANKED.replace(/ /g, '  \n'), true],
    ['other capitals', FLANKED, FLANKED.toUpperCase(), true],
    ['a composed and a decomposed accent', 'Zürich', 'Zu\u0308rich', true],
    ['an edited last word', FLANKED, FLANKED.replace('Kim.', 'Kim Jong-un.'), false],
    ['the same first words', `${FLANKED} More.`, `${FLANKED} Less.`, false],
  ])('treats %s as %s', (_case, a, b, same) => {
    expect(paragraphId(a) === paragraphId(b)).toBe(same);
  });

  it('folds white space and case before hashing', () => {
    expect(normaliseParagraphText('  A\n\tB  ')).toBe('a b');
  });
});

describe('paragraphIds', () => {
  it('keeps a paragraph’s id when other paragraphs are edited, added or removed', () => {
    const before = paragraphIds([FLANKED, RUSSIAN, QUOTE]);
    const after = paragraphIds(['A new first paragraph.', FLANKED, `${RUSSIAN} Edited.`, QUOTE]);
    expect(after[1]).toBe(before[0]);
    expect(after[3]).toBe(before[2]);
    expect(after[2]).not.toBe(before[1]);
  });

  it.each([
    ['two identical paragraphs', ['Same.', 'Other.', 'Same.'], (ids: string[]) => [ids[0], ids[1], `${ids[0]}-2`]],
    ['three identical paragraphs', ['Same.', 'Same.', 'Same.'], (ids: string[]) => [ids[0], `${ids[0]}-2`, `${ids[0]}-3`]],
  ])('gives %s suffixes in order', (_case, texts, expected) => {
    const ids = paragraphIds(texts);
    expect(ids).toEqual(expected(ids));
    expect(new Set(ids).size).toBe(texts.length);
  });

  it('never takes an id already in the page', () => {
    const taken = paragraphId('Same.');
    expect(paragraphIds(['Same.'], new Set([taken]))).toEqual([`${taken}-2`]);
  });
});

describe('rehypeParagraphIds', () => {
  const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
  const text = (value: string): ElementContent => ({ type: 'text', value });

  it('gives top-level paragraphs ids and "#" links, and headings with ids their links', () => {
    const tree: Root = {
      type: 'root',
      children: [el('h2', { id: 'what' }, [text('What')]), el('p', {}, [text('One.')]), el('blockquote', {}, [el('p', {}, [text('Quoted.')])])],
    };
    rehypeParagraphIds()(tree);
    const id = paragraphId('One.');
    const anchor = (href: string, label: string) => el('a', { className: ['anchor'], href, ariaLabel: label }, []);
    expect(tree.children).toEqual([
      el('h2', { id: 'what' }, [text('What'), anchor('#what', 'Link to this section')]),
      el('p', { id }, [text('One.'), anchor(`#${id}`, 'Link to this paragraph')]),
      el('blockquote', {}, [el('p', {}, [text('Quoted.')])]),
    ]);
  });
});
