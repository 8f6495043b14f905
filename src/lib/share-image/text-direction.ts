// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the Arabic presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
// Code-point ranges written as escapes: the rule reads the combining marks inside a range as combined characters.
// eslint-disable-next-line no-misleading-character-class
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0900-\u0dff\u0e00-\u0fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** The direction of text by its first strongly directional letter, as browsers' `dir="auto"` does. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL.test(char)) return 'rtl';
    if (LTR.test(char)) return 'ltr';
  }
  return 'ltr';
}
