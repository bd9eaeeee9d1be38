/**
 * The app's location, kept in the browser's History API. pushState fires no event, so navigate() tells
 * the subscribers itself; popstate (back and forward) reaches them through the window listener.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Subscribes to every change of location; returns the unsubscribe function (useSyncExternalStore's shape). */
export function subscribeToLocation(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

/** The current path and query as one string, so that React can compare snapshots cheaply. */
export function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (filters, redirects). */
  replace?: boolean;
}

/** Goes to a path inside the app without reloading the page. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === currentHref() && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (!options.replace) window.scrollTo(0, 0);
  notify();
}
