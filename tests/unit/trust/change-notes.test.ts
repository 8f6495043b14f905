import { describe, expect, it } from 'vitest';
import { createNoteRenderer, renderChangeNotes } from '../../../src/build/markdown/render-notes.ts';
import { makeArticle } from '../fixtures.ts';

const render = await createNoteRenderer();

describe('a correction’s text, rendered', () => {
  it.each([
    ['emphasis and a link', 'An earlier version said *2.4 km*; see [the plan](/articles/plan/).', '<p>An earlier version said <em>2.4 km</em>; see <a href="/articles/plan/">the plan</a>.</p>'],
    ['a script, a handler and a javascript: link, dropped as in a body', 'Fixed.<script>alert(1)</script> <a href="javascript:x" onclick="y">here</a>', '<p>Fixed. <a>here</a></p>'],
    ['no id of its own, nor a "#" link beside its paragraph', 'A <span id="main">name</span> was wrong.', '<p>A <span>name</span> was wrong.</p>'],
  ])('keeps %s', async (_what, markdown, html) => {
    expect(await render(markdown)).toBe(html);
  });

  it.each([
    ['a heading', '## What changed\n\nThe date.', 'cannot hold a heading'],
    ['a heading written as HTML', 'The <h3>date</h3> was wrong.', 'cannot hold a heading'],
    ['a footnote', 'The figure was wrong.[^1]\n\n[^1]: It was 12.', 'cannot hold a footnote:'],
    ['a picture', 'See ![the map](map.png).', 'cannot hold a picture'],
    ['a picture written as HTML', 'See <img src="https://example.com/map.png" alt="">.', 'cannot hold a picture'],
  ])('is refused when it holds %s', async (_what, markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });
});

describe('renderChangeNotes: the site plan’s HTML of every change', () => {
  const corrections = ['corrections:', '  - date: 2024-03-06T10:00', '    text: First *fix*.', '  - date: 2024-03-07T10:00', '    text: Second fix.'];
  const updates = ['updates:', '  - date: 2024-03-06T12:00', '    text: Added a quote.'];

  it('gives each article with changes one HTML per change, in the log’s order (newest first)', async () => {
    const article = makeArticle('harbour', '2024-03-05T09:00', [...corrections, ...updates]);
    const plain = makeArticle('plain', '2024-03-05T09:00');
    const notes = await renderChangeNotes([article, plain], () => ({
      corrections: [{ text: 'First *fix*.' }, { text: 'Second fix.' }],
      updates: [{ text: 'Added a quote.' }],
    }));
    expect([...notes.keys()]).toEqual(['harbour']);
    expect(notes.get('harbour')).toEqual(['<p>Second fix.</p>', '<p>Added a quote.</p>', '<p>First <em>fix</em>.</p>']);
  });

  it('names the file and the field the editor wrote when a note is refused', async () => {
    const article = makeArticle('harbour', '2024-03-05T09:00', ['corrections:', '  - date: 2024-03-06T10:00', '    text: Fine.', '  - date: 2024-03-07T10:00', '    text: "# Oops"']);
    await expect(renderChangeNotes([article], () => ({ corrections: [{ text: 'Fine.' }, { text: '# Oops' }] }))).rejects.toThrow('harbour.md: corrections.1.text: cannot hold a heading');
  });
});
