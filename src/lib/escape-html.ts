/**
 * Escapes text for HTML and XML, in element content and quoted attribute values alike:
 * `<` and `>` too, so no headline ever reads as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
