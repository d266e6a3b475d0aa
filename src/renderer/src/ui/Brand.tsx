/** Lantern's mark: a small lantern drawn in SVG (decorative; the name is always written beside it). */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className="brand-mark"
    >
      <path d="M12 4h8M16 4v3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      <path d="M10 9h12l2 3v11l-2 3H10l-2-3V12z" fill="currentColor" opacity="0.18" />
      <path
        d="M10 9h12l2 3v11l-2 3H10l-2-3V12z"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        fill="none"
      />
      <path d="M16 13c2 2.4 2.6 4.2 1.6 6a2 2 0 0 1-3.2 0c-1-1.8-.4-3.6 1.6-6z" fill="#e0a100" />
      <path d="M9 29h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function PadlockIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="icon">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" stroke="currentColor" strokeWidth="1.8" fill="none" />
    </svg>
  );
}
