/**
 * Applies the reader's chosen theme and text size before the first paint, so they never see
 * the other one flash or the article reflow, and marks pages whose browser can read aloud,
 * so the Listen button's room is kept from the first paint only there. Inline and tiny on
 * purpose; the Content-Security-Policy allows exactly this text by its hash
 * (src/data/content-security-policy.ts). Its names are block-scoped (`let` in `try`), so none
 * becomes a global of the page. Keys and steps: src/client/theme.ts,
 * src/lib/reading/text-size.ts (tests/unit/reading/ runs this script against them).
 */
export const THEME_BOOTSTRAP_SCRIPT =
  "try{let d=document.documentElement,t,s;if('speechSynthesis'in window&&'SpeechSynthesisUtterance'in window)d.dataset.speech='';t=localStorage.getItem('dispatch-theme');s=localStorage.getItem('dispatch-text-size');if(t==='dark'||t==='light')d.dataset.theme=t;if(s==='smaller'||s==='larger'||s==='largest')d.dataset.textSize=s}catch(e){}";
