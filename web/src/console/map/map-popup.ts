/** What a popup says about a place. */
export interface PopupText {
  title: string;
  subtitle: string;
  linkText: string;
  href: string;
}

/**
 * The popup's content, built as DOM nodes (never as HTML text, so that a place's name cannot inject
 * markup). The link is a real link; a plain click is handed to the app's router.
 */
export function popupContent(text: PopupText, onOpen: (href: string) => void): HTMLElement {
  const container = document.createElement('div');
  container.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup-title';
  title.textContent = text.title;
  const subtitle = document.createElement('p');
  subtitle.textContent = text.subtitle;
  const link = document.createElement('a');
  link.href = text.href;
  link.textContent = text.linkText;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(text.href);
  });
  container.append(title, subtitle, link);
  return container;
}
