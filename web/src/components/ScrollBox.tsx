/**
 * A wide table's box: it scrolls sideways on a narrow screen instead of widening the page, and
 * it takes the keyboard focus so arrow keys scroll it (WCAG 2.1.1; axe scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

export function ScrollBox({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const classes = className ? `kassa-scroll ${className}` : 'kassa-scroll';
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={classes} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
