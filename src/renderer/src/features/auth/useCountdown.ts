import { useCallback, useEffect, useState } from 'react';

/** Whole seconds left until a deadline, ticking while it runs. `start(0)` stops it. */
export function useCountdown(initialSeconds: number) {
  const [deadline, setDeadline] = useState(() =>
    initialSeconds > 0 ? Date.now() + initialSeconds * 1000 : 0,
  );
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (deadline === 0) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [deadline]);

  const start = useCallback((seconds: number) => {
    const current = Date.now();
    setNow(current);
    setDeadline(seconds > 0 ? current + seconds * 1000 : 0);
  }, []);

  const remaining = deadline > now ? Math.ceil((deadline - now) / 1000) : 0;
  return { remaining, start };
}
