import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ServingRules } from '../../lib/serving/serving-rules.ts';
import { SERVING_RULES_FILE } from '../output/deploy-files.ts';

// What Node's http module would refuse at the first response (a token name, a value without
// CR, LF or NUL): checked once here, so a damaged file fails at start naming its field.
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not an HTTP header name');
const headerValue = z.string().regex(/^[\t\x20-\x7e\x80-\xff]*$/, 'has characters a header value cannot carry');
// A site path: one leading slash, never two, which a browser would read as another host.
const sitePath = z.string().regex(/^\/(?![/\\])[^\s?#]*$/, 'not a site path (one leading "/", no spaces, "?" or "#")');

const schema = z.object({
  origin: z.string(),
  headers: z.array(z.object({ name: headerName, value: headerValue })),
  cache: z.array(z.object({ prefix: sitePath, cacheControl: headerValue })),
  defaultCacheControl: headerValue,
  types: z.array(z.object({ suffix: z.string().min(1), contentType: headerValue })),
  redirects: z.array(z.object({ from: sitePath, to: sitePath, status: z.literal(301) })),
  trailingSlash: z.literal('always'),
  notFoundPage: sitePath,
  hidden: z.array(sitePath),
  precompressed: z.object({ encodings: z.array(z.enum(['br', 'gzip'])), suffixes: z.array(z.string()) }),
});

/** The rules the build wrote into the output folder `root`; throws naming the file (and the field) when missing or damaged. */
export function readServingRules(root: string): ServingRules {
  const file = join(root, SERVING_RULES_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(`${file}: ${missing ? 'missing' : (error as Error).message}; run npm run build first`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); run npm run build again`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
    throw new Error(`${problems.join('\n')}\nrun npm run build again`);
  }
  const rules: ServingRules = result.data;
  return rules;
}
