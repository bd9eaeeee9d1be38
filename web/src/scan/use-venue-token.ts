import { useSyncExternalStore } from 'react';

function subscribeToHash(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return window.location.hash;
}

/**
 * The token of the scanned venue code: the fragment of /scan#<token>, which the browser never sends to
 * the server, so that it stays out of access logs. A second scan in the same tab changes only the fragment.
 */
export function useVenueToken(): string | null {
  const hash = useSyncExternalStore(subscribeToHash, currentHash);
  let token = hash.replace(/^#/, '').trim();
  try {
    token = decodeURIComponent(token);
  } catch {
    // A malformed escape is left as it is; the server then says the code is not valid.
  }
  return token === '' ? null : token;
}
