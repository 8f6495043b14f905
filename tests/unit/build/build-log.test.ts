import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { foldingDestination } from '../../../src/build/log/build-log.ts';
import { countPageEvent, emptyTally, pageEventOf, tallyLine, type PageEvent } from '../../../src/build/log/page-lines.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({ label, level: 'info', message, newLine });
// What Astro writes on a terminal: the same text in colour.
const green = (text: string): string => `\u001b[32m${text}\u001b[39m`;
const dim = (text: string): string => `\u001b[2m${text}\u001b[22m`;

describe('pageEventOf reads the two halves of an Astro page line', () => {
  const cases: [string, AstroLoggerMessage, PageEvent | undefined][] = [
    ['a path', info(null, '  ├─ /articles/a/index.html', false), { kind: 'path', path: '/articles/a/index.html' }],
    ['a path in colour', info(null, `  ${green('├─')} ${dim('/feeds/all.xml')}`, false), { kind: 'path', path: '/feeds/all.xml' }],
    ['a render time in ms', info('SKIP_FORMAT', ' (+8ms) '), { kind: 'rendered', ms: 8 }],
    ['a render time in seconds', info('SKIP_FORMAT', ` ${dim('(+1.25s)')} `), { kind: 'rendered', ms: 1250 }],
    ['a render time in minutes', info('SKIP_FORMAT', ' (+1.5m) '), { kind: 'rendered', ms: 90_000 }],
    ['a page kept', info('SKIP_FORMAT', ` ${green('(cached)')}`), { kind: 'kept' }],
    ['a page restored', info('SKIP_FORMAT', ' (restored)'), { kind: 'restored' }],
    ['an empty page', info('SKIP_FORMAT', ' (file not created, response body was empty)'), { kind: 'empty' }],
    ['a line with a newline is not a path', info(null, '  ├─ /a/index.html'), undefined],
    ['a labelled line', info('build', '✓ Completed in 2.67s.'), undefined],
    ['a banner', info('SKIP_FORMAT', '\n generating static routes '), undefined],
    ['a warning that looks like a path', { label: null, level: 'warn', message: '  ├─ /a/index.html', newLine: false }, undefined],
    ['a time inside other text', info('SKIP_FORMAT', 'took (+8ms) in all'), undefined],
  ];
  it.each(cases)('%s', (_name, event, expected) => {
    expect(pageEventOf(event)).toEqual(expected);
  });
});

describe('tallyLine says what became of a run of pages', () => {
  const run = (events: PageEvent[]): string => {
    const tally = emptyTally();
    let last = '';
    for (const event of events) {
      if (event.kind === 'path') last = event.path;
      countPageEvent(tally, event, last);
    }
    return tallyLine(tally);
  };
  const path = (p: string): PageEvent => ({ kind: 'path', path: p });
  const cases: [string, PageEvent[], string][] = [
    ['one page rendered', [path('/a/'), { kind: 'rendered', ms: 3 }], '  1 file: 1 rendered'],
    [
      'kept and rendered, with thousands',
      [...Array.from({ length: 1200 }, (_, i) => [path(`/p${i}/`), { kind: 'kept' } as const]).flat(), path('/new/'), { kind: 'rendered', ms: 4 }],
      '  1,201 files: 1 rendered, 1,200 kept from the last build',
    ],
    ['restored and empty', [path('/a/'), { kind: 'restored' }, path('/b/'), { kind: 'empty' }], "  2 files: 0 rendered, 1 restored from Astro's copies, 1 with an empty body, not written"],
    [
      'slow pages counted, the slowest named',
      [path('/a/'), { kind: 'rendered', ms: 600 }, path('/b/'), { kind: 'rendered', ms: 2000 }, path('/c/'), { kind: 'rendered', ms: 499 }],
      '  3 files: 3 rendered; 2 took 500 ms or more, the slowest 2000 ms (around /b/)',
    ],
  ];
  it.each(cases)('%s', (_name, events, expected) => {
    expect(run(events)).toBe(expected);
  });
});

describe('the folding destination', () => {
  const fold = (events: AstroLoggerMessage[]): string[] => {
    const written: string[] = [];
    const destination = foldingDestination((event) => written.push(`${event.label ?? '-'}|${event.message}`));
    for (const event of events) destination.write(event);
    void destination.flush?.();
    return written;
  };

  it('writes one count where Astro writes two lines a page, and every other line as it came', () => {
    const pages = Array.from({ length: 3 }, (_, i) => [info(null, `  ├─ /p${i}/index.html`, false), info('SKIP_FORMAT', ' (+5ms) ')]).flat();
    expect(fold([info('build', 'Building static entrypoints...'), ...pages, info(null, '✓ Completed in 1.2s.'), info('build', 'Complete!')])).toEqual([
      'build|Building static entrypoints...',
      '-|  3 files: 3 rendered',
      '-|✓ Completed in 1.2s.',
      'build|Complete!',
    ]);
  });

  it('counts pages in flight together, whatever order their halves arrive in', () => {
    const interleaved = [
      info(null, '  ├─ /a/index.html', false),
      info(null, '  ├─ /b/index.html', false),
      info('SKIP_FORMAT', ' (cached)'),
      info(null, '  ├─ /c/index.html', false),
      info('SKIP_FORMAT', ' (+9ms) '),
      info('SKIP_FORMAT', ' (cached)'),
    ];
    expect(fold(interleaved)).toEqual(['-|  3 files: 1 rendered, 2 kept from the last build']);
  });

  it('writes a warning in the middle of the pages where it came, between two counts', () => {
    const events = [
      info(null, '  ├─ /a/', false),
      info('SKIP_FORMAT', ' (+1ms) '),
      { label: 'dispatch', level: 'warn', message: 'careful', newLine: true } as const,
      info(null, '  ├─ /b/', false),
      info('SKIP_FORMAT', ' (+1ms) '),
    ];
    expect(fold(events)).toEqual(['-|  1 file: 1 rendered', 'dispatch|careful', '-|  1 file: 1 rendered']);
  });

  it('shows progress every 10,000 pages of a long run', () => {
    const events = Array.from({ length: 20_001 }, (_, i) => [info(null, `  ├─ /p${i}/`, false), info('SKIP_FORMAT', ' (cached)')]).flat();
    const written = fold(events);
    expect(written).toEqual([
      '-|  … 10,000 files: 0 rendered, 10,000 kept from the last build so far',
      '-|  … 20,000 files: 0 rendered, 20,000 kept from the last build so far',
      '-|  20,001 files: 0 rendered, 20,001 kept from the last build',
    ]);
  });

  it('writes nothing for a build with no pages', () => {
    expect(fold([])).toEqual([]);
  });
});
