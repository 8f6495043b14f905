interface ImportMetaEnv {
  /** True on the dev server only: drafts are shown there and nowhere else. */
  readonly DISPATCH_SHOW_DRAFTS: boolean;
}
