/** One page of each type the site has, as paths on the default site. */
export const PAGE_TYPES = {
  front: '/',
  article: '/articles/kim-jong-un-in-russia/',
  section: '/world/',
  topic: '/topics/russia/',
  author: '/authors/hanna-roe/',
  archive: '/archive/2023/09/',
  archiveIndex: '/archive/',
  topics: '/topics/',
  search: '/search/?q=dam',
  notFound: '/no-such-page/',
} as const;
