/**
 * Applies the reader's chosen theme before the first paint, so they never see the other one
 * flash. Inline and tiny on purpose; the Content-Security-Policy allows exactly this text by
 * its hash (src/data/content-security-policy.ts).
 */
export const THEME_BOOTSTRAP_SCRIPT = "try{var t=localStorage.getItem('dispatch-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";
