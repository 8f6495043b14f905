import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateSiteContent } from '../../../src/lib/content/validate-site-content.ts';
import { articleText, testSite } from './site.ts';

function check(authors: Record<string, string>, pages: Record<string, string> = {}, site = testSite) {
  const result = validateSiteContent(
    {
      authors: Object.entries(authors).map(([file, text]) => ({ file, text })),
      pages: Object.entries(pages).map(([file, text]) => ({ file, text })),
    },
    site,
  );
  return {
    ...result,
    errors: result.problems.filter((p) => p.severity === 'error').map(formatProblem),
    warnings: result.problems.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}

const named = ['name: Jane Doe'];

describe('author profiles: one rule each, naming file, line and field', () => {
  it.each([
    ['a profile without a name', ['role: Reporter'], 'authors/jane-doe.md:1: name: is required: the name bylines print'],
    ['an empty name', ['name: "  "'], 'authors/jane-doe.md:2: name: the name is empty'],
    ['a name that is a number', ['name: 007'], 'authors/jane-doe.md:2: name: 007 is read as a number'],
    ['a name over 100 characters', [`name: ${'x'.repeat(101)}`], 'authors/jane-doe.md:2: name: the name is longer than 100 characters'],
    ['an unknown kind', [...named, 'kind: agency'], 'authors/jane-doe.md:3: kind: "agency" is not a kind of profile (one of: person, organization)'],
    ['a picture without alt', [...named, 'image: { src: jane.png }'], 'authors/jane-doe.md:3: image.alt: is required when the image has a src'],
    ['a picture from plain http', [...named, 'image: { src: "http://x.example/j.png", alt: Jane }'], 'authors/jane-doe.md:3: image.src: must be a path relative to the profile or an https:// URL'],
    ['a picture with another field', [...named, 'image: { src: j.png, alt: Jane, credit: Me }'], 'authors/jane-doe.md:3: image: "credit" is not a field of it: it must be { src, alt }'],
    ['a website over plain http', [...named, 'links:', '  website: http://jane.example'], 'authors/jane-doe.md:4: links.website: "http://jane.example" is not an https:// URL'],
    ['a javascript: social link', [...named, 'links:', '  social: "javascript:alert(1)"'], 'authors/jane-doe.md:4: links.social: "javascript:alert(1)" is not an https:// URL'],
    [
      'a link with a password in it',
      [...named, 'links: { website: "https://me:pw@jane.example" }'],
      'authors/jane-doe.md:3: links.website: "https://me:pw@jane.example" holds a user name or password',
    ],
    ['a link to no host', [...named, 'links: { website: "https://localhost/" }'], 'authors/jane-doe.md:3: links.website: "https://localhost/" names no host on the web'],
    ['links of another kind', [...named, 'links: { twitter: "https://t.example/jane" }'], 'authors/jane-doe.md:3: links: "twitter" is not a field of it: it must be { website, social }'],
    ['links that are a list', [...named, 'links: [https://jane.example]'], 'authors/jane-doe.md:3: links: must be { website, social }, each an https:// URL'],
    ['a bio too long', [...named], 'authors/jane-doe.md:4: body: the bio is 3001 characters long, more than 3000', 'x'.repeat(3001)],
    ['no front matter', [], 'authors/jane-doe.md:1: front matter: the file must start with front matter', undefined, 'Just a bio.'],
  ])('refuses %s', (_name, lines, expected, body = 'Jane covers the courts.', whole?: string) => {
    const { errors, profiles } = check({ 'authors/jane-doe.md': whole ?? articleText(lines, body) });
    expect(errors.join('\n')).toContain(expected);
    expect(profiles).toEqual([]);
  });

  it('accepts a full profile: slug from the file name, a person by default, links and picture kept', () => {
    const text = articleText(
      [
        'name: Jane Doe',
        'role: Courts reporter',
        'image:',
        '  src: pictures/jane.png',
        '  alt: Jane Doe at her desk',
        'links:',
        '  website: https://jane.example',
        '  social: https://social.example/@jane',
      ],
      'Jane covers the *courts*.',
    );
    const { errors, warnings, profiles } = check({ 'content/authors/Jane Doe.md': text });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(profiles).toEqual([
      {
        file: 'content/authors/Jane Doe.md',
        slug: 'jane-doe',
        name: 'Jane Doe',
        role: 'Courts reporter',
        kind: 'person',
        image: { src: 'pictures/jane.png', alt: 'Jane Doe at her desk', line: 5 },
        links: { website: 'https://jane.example', social: 'https://social.example/@jane' },
        bio: 'Jane covers the *courts*.',
      },
    ]);
  });

  it.each([
    [
      'an unknown field, with the field it may mean',
      ['name: Jane Doe', 'rolle: Reporter'],
      'authors/jane-doe.md:3: warning: rolle: is not a field of an author profile and is ignored (did you mean "role"?)',
    ],
    ['a profile without a bio', ['name: Jane Doe'], 'authors/jane-doe.md:4: warning: body: the profile has no bio'],
  ])('warns of %s, and keeps the profile', (_name, lines, expected) => {
    const { warnings, profiles } = check({ 'authors/jane-doe.md': articleText(lines, lines.length === 1 ? '' : 'Bio.') });
    expect(warnings.join('\n')).toContain(expected);
    expect(profiles).toHaveLength(1);
  });

  it.each([
    ['the same name', 'name: Jane Doe', 'name: Jane Doe', 'b.md:2: name: "Jane Doe" is the name of a.md too'],
    ['the same name in other capitals', 'name: Jane Doe', 'name: JANE DOE', 'a.md:2: name: "Jane Doe" is the name of b.md too'],
    ['names that differ in accents and punctuation only', 'name: Zoë Brandt', 'name: Zoe  Brandt.', 'b.md:2: name: "Zoe Brandt." is the name of a.md too'],
    ['a name that is the other profile’s slug', 'name: Jane Doe', 'name: A', 'b.md:2: name: "A" is the slug of a.md'],
  ])('refuses two profiles with %s', (_name, first, second, expected) => {
    const { errors, profiles } = check({ 'a.md': articleText([first], 'Bio.'), 'b.md': articleText([second], 'Bio.') });
    expect(errors.join('\n')).toContain(expected);
    expect(profiles.length).toBeLessThan(2);
  });

  it('refuses two files that give the same slug, naming both', () => {
    const { errors } = check({ 'authors/jane-doe.md': articleText(['name: Jane Doe'], 'Bio.'), 'authors/staff/Jane Doe.md': articleText(['name: Jane Q. Doe'], 'Bio.') });
    expect(errors).toEqual([
      'authors/jane-doe.md:1: file: its file name gives the slug "jane-doe", which authors/staff/Jane Doe.md also has: every author needs a file name of their own',
      'authors/staff/Jane Doe.md:1: file: its file name gives the slug "jane-doe", which authors/jane-doe.md also has: every author needs a file name of their own',
    ]);
  });
});

describe('fixed pages', () => {
  it('accepts the closed list, and keeps title, description and body', () => {
    const { errors, pages } = check({}, { 'pages/about.md': articleText(['title: About us', 'description: Who we are.'], '## Who we are\n\nA newsroom.') });
    expect(errors).toEqual([]);
    expect(pages).toEqual([{ file: 'pages/about.md', slug: 'about', title: 'About us', description: 'Who we are.', body: '## Who we are\n\nA newsroom.' }]);
  });

  it.each([
    [
      'a page not in the list',
      'pages/faq.md',
      ['title: FAQ'],
      'Questions.',
      'pages/faq.md: file: "faq" is not one of the site\'s fixed pages: name the file one of about.md, standards.md, corrections-policy.md, contact.md',
    ],
    ['a page without a title', 'pages/contact.md', ['description: How to reach us.'], 'Write to us.', 'pages/contact.md:1: title: is required: the page heading'],
    ['a page without text', 'pages/standards.md', ['title: Standards'], '', 'pages/standards.md:4: body: the page has no text'],
    ['an unreadable title', 'pages/about.md', ['title: [About, us]'], 'Text.', 'pages/about.md:2: title: must be text'],
  ])('refuses %s', (_name, file, lines, body, expected) => {
    const { errors, pages } = check({}, { [file]: articleText(lines, body) });
    expect(errors.join('\n')).toContain(expected);
    expect(pages).toEqual([]);
  });

  it('refuses the same page twice', () => {
    const { errors } = check({}, { 'pages/about.md': articleText(['title: About'], 'A.'), 'pages/old/about.md': articleText(['title: About'], 'B.') });
    expect(errors).toContain('pages/about.md:1: file: is the page "about", which pages/old/about.md is too: keep one');
  });

  it.each([
    ['a fixed page', 'about', 'src/site.config.ts: sections.1.slug: "about" is the address of the fixed page /about/: give the section another slug'],
    ['a folder of the site', 'authors', 'src/site.config.ts: sections.1.slug: "authors" is a folder the site uses (/authors/): give the section another slug'],
  ])('refuses a section at the address of %s', (_name, slug, expected) => {
    const site = { ...testSite, sections: [testSite.sections[0] ?? { slug: 'news', name: 'News' }, { slug, name: 'Clash' }] };
    expect(check({}, {}, site).errors).toEqual([expected]);
  });
});
