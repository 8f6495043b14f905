import { TEXT_SIZE_KEY, TEXT_SIZES } from './reading/text-size.ts';
import { THEME_KEY } from './reading/theme-choice.ts';

// The steps the script applies, written from the one list: any but the default, which is no attribute.
const appliedSizes = TEXT_SIZES.filter((size) => size !== 'default')
  .map((size) => `s==='${size}'`)
  .join('||');

/**
 * Applies the reader's chosen theme and text size before the first paint, so they never see
 * the other one flash or the article reflow, and marks pages whose browser can read aloud,
 * so the Listen button's room is kept from the first paint only there. Inline and tiny on
 * purpose; the Content-Security-Policy allows exactly this text by its hash
 * (src/data/content-security-policy.ts). Its names are block-scoped (`let` in `try`), so none
 * becomes a global of the page. The theme's key comes from src/lib/reading/theme-choice.ts, the
 * text size's key and steps from src/lib/reading/text-size.ts (tests/unit/reading/ runs this script).
 */
export const THEME_BOOTSTRAP_SCRIPT = `try{let d=document.documentElement,t,s;if('speechSynthesis'in window&&'SpeechSynthesisUtterance'in window)d.dataset.speech='';t=localStorage.getItem('${THEME_KEY}');s=localStorage.getItem('${TEXT_SIZE_KEY}');if(t==='dark'||t==='light')d.dataset.theme=t;if(${appliedSizes})d.dataset.textSize=s}catch(e){}`;
