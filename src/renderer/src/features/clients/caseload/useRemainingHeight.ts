import { useLayoutEffect, type RefObject } from 'react';

/** Room left under the caseload for the keyboard hint, so it is seen without scrolling. */
const ROOM_BELOW_PX = 36;
/** Below this the page scrolls instead (a short window, 200% zoom): rows stay readable. */
const SMALLEST_REM = 18;

/**
 * Sets `--caseload-height` on `body` to the height of the window below its top, so the list
 * fills the screen whatever the window's size and whatever is above it (the toolbar wrapping,
 * an alert, a filter summary): `above` is watched for size changes, the window for resizes.
 */
export function useRemainingHeight(
  body: RefObject<HTMLElement | null>,
  above: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const height = Math.max(SMALLEST_REM * rem, window.innerHeight - top - ROOM_BELOW_PX);
      element.style.setProperty('--caseload-height', `${Math.floor(height)}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    if (above.current) observer.observe(above.current);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [body, above]);
}
