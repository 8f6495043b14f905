/**
 * When the reader selects text in an article paragraph, offers a button that copies a
 * link to that paragraph (`…/#p-…`). The button sits right after the paragraph, so the
 * keyboard reaches it next; a live region says when the link is copied.
 */
export function bindParagraphLinks(): void {
  const body = document.querySelector<HTMLElement>('.article-body');
  if (!body || !navigator.clipboard) return;
  const base = body.closest<HTMLElement>('[data-url]')?.dataset['url'] ?? `${location.origin}${location.pathname}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'paragraph-link-button';
  button.hidden = true;
  const status = document.createElement('p');
  status.className = 'paragraph-link-status';
  status.setAttribute('role', 'status');
  body.after(status);
  let id = '';
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const node = selection && !selection.isCollapsed ? selection.anchorNode : null;
    const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('p[id]');
    if (!selection || !paragraph || paragraph.parentElement !== body) {
      // Keep the button while it has focus: tabbing to it must not make it vanish.
      if (document.activeElement !== button) button.hidden = true;
      return;
    }
    id = paragraph.id;
    button.textContent = 'Copy link to this paragraph';
    const box = selection.getRangeAt(0).getBoundingClientRect();
    button.style.top = `${box.bottom + scrollY + 6}px`;
    button.style.left = `${Math.max(8, box.left + scrollX)}px`;
    paragraph.after(button);
    button.hidden = false;
  });
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(`${base}#${id}`).then(
      () => {
        button.textContent = 'Link copied';
        status.textContent = 'Link to this paragraph copied';
      },
      () => (status.textContent = 'Could not copy the link'),
    );
  });
}
