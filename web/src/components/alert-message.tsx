import type { ReactNode } from 'react';

/**
 * A message announced by screen readers when it appears: errors interrupt (role=alert), confirmations
 * wait their turn (role=status). The live region is always rendered so that the change is noticed.
 */
export function AlertMessage({ tone, children }: { tone: 'error' | 'success' | 'info'; children?: ReactNode }) {
  const role = tone === 'error' ? 'alert' : 'status';
  return (
    <div role={role} aria-live={tone === 'error' ? 'assertive' : 'polite'} className={children ? `message message-${tone}` : 'message-empty'}>
      {children}
    </div>
  );
}
