import type { HeadTag } from '../lib/seo/head-tags.ts';
import { contentSecurityPolicy } from '../lib/seo/content-security-policy.ts';
import { THEME_BOOTSTRAP_SCRIPT } from '../lib/theme-bootstrap.ts';

/** The site's policy: its only inline script is the theme bootstrap. */
export const SITE_POLICY: string = contentSecurityPolicy([THEME_BOOTSTRAP_SCRIPT]);

/** The policy as the first head tag of every page, ahead of any script. */
export const POLICY_HEAD_TAG: HeadTag = { tag: 'meta', attributes: { 'http-equiv': 'content-security-policy', content: SITE_POLICY } };
