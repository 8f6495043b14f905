import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, expectSameFiles, fingerprint, type BuiltSite } from '../support/build-site.ts';

describe('the same content builds the same bytes on any machine', () => {
  let first: BuiltSite;
  let second: BuiltSite;
  beforeAll(() => {
    first = buildSite(siteConfig.contentDir, { env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    // The other machine keeps its share images elsewhere, as another checkout would: nothing it publishes may say where.
    const elsewhere = mkdtempSync(join(tmpdir(), 'dispatch-share-images-elsewhere-'));
    second = buildSite(siteConfig.contentDir, { env: { TZ: 'America/New_York', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', DISPATCH_SHARE_IMAGE_CACHE: elsewhere } });
  });

  it('builds under both settings', () => {
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
  });

  it('writes identical files, under TZ=UTC and TZ=America/New_York with another locale and another share-image cache folder', () => {
    const a = fingerprint(first);
    const b = fingerprint(second);
    expectSameFiles(a, b);
  });
});
