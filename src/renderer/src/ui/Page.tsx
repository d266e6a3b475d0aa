import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen inside the shell. Its heading takes focus when the screen opens, so screen-reader and
 * keyboard users start at the top of the new content.
 */
export function Page({
  title,
  children,
  wide,
  className,
}: {
  title: string;
  children?: ReactNode;
  wide?: boolean;
  /** A screen's own layout class, beside `page`. */
  className?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section
      className={[wide ? 'page page-wide' : 'page', className].filter(Boolean).join(' ')}
      aria-labelledby="page-title"
    >
      <h1 id="page-title" ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** An honest placeholder for a part of Lantern that is not built yet. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  return (
    <Page title={title}>
      <p className="coming-soon">{text}</p>
    </Page>
  );
}
