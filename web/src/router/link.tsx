import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history.ts';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  replace?: boolean;
}

/**
 * A real link (it can be opened in a new tab, copied, read by screen readers) that navigates inside the
 * app on a plain left click.
 */
export function Link({ to, replace, onClick, children, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event) || rest.target === '_blank') return;
    event.preventDefault();
    navigate(to, { replace });
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}
