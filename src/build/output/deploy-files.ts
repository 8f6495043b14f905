import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caddyfile } from '../../lib/serving/caddyfile.ts';
import { headersFile } from '../../lib/serving/headers-file.ts';
import { nginxConfig } from '../../lib/serving/nginx-config.ts';
import type { ServingRules } from '../../lib/serving/serving-rules.ts';

/** Where, inside the output folder, the servers' configs go (never served: see `HIDDEN_FILES`). */
export const DEPLOY_FOLDER = '_deploy';

/** The rules' file that `npm start` applies, inside the output folder. */
export const SERVING_RULES_FILE = `${DEPLOY_FOLDER}/serving-rules.json`;

/**
 * Writes every host's rendering of the serving rules into the output folder: `_headers` for
 * hosts that read it, and `_deploy/` with the rules themselves and the server configs.
 * Returns the files written (paths inside the output folder).
 */
export function writeDeployFiles(outDir: string, rules: ServingRules): string[] {
  const files: Record<string, string> = {
    _headers: headersFile(rules),
    [SERVING_RULES_FILE]: `${JSON.stringify(rules, null, 1)}\n`,
    [`${DEPLOY_FOLDER}/nginx.conf`]: nginxConfig(rules),
    [`${DEPLOY_FOLDER}/Caddyfile`]: caddyfile(rules),
  };
  mkdirSync(join(outDir, DEPLOY_FOLDER), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(outDir, path), text);
  return Object.keys(files).map((path) => join(path));
}
