/**
 * The page's one h1: it names the page in the browser tab ("Medlemmer – Kassa") and takes the
 * focus when the user navigates to the page, so a screen reader starts reading there.
 */
import { Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

let firstPage = true;

export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

export function PageHeading({
  children,
  title,
  focus = true,
  ...rest
}: {
  children: ReactNode;
  /** The tab title, when the heading is not plain text. */
  title?: string;
  /** False where another element takes the focus (the start page's search field). */
  focus?: boolean;
  'data-testid'?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  usePageTitle(title ?? (typeof children === 'string' ? children : undefined));
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when the address changes
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [location.pathname, focus]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="kassa-page-heading" {...rest}>
      {children}
    </Heading>
  );
}
