/** An article's own picture as the page shows it, with its size so nothing shifts as it loads. */
export interface ArticlePictureView {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly caption?: string;
  readonly credit?: string;
}
