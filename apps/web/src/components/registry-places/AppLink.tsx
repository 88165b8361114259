import type { CSSProperties, MouseEvent, ReactNode } from 'react';
import { navigate } from '../../router/router.ts';

/** A link inside the console: a plain click navigates in place, modified clicks are the browser's. */
export function AppLink({
  to,
  children,
  style,
  testId,
}: {
  to: string;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.stopPropagation();
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} style={style} data-testid={testId} onClick={onClick}>
      {children}
    </a>
  );
}
