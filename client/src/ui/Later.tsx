import { type ReactNode, startTransition, useEffect, useState } from 'react';

/**
 * Children shown in a step of their own, just after what comes before them is on screen: a long
 * page then builds in several short steps rather than one long one, and a phone answers a tap in
 * between. Rendered as a transition, which React splits into slices. Nest them to show the parts
 * of a page one after another, top to bottom; what they hold (and the queries it makes) starts
 * only then.
 */
export function Later({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    const timer = setTimeout(() => startTransition(() => setShown(true)), 0);
    return () => clearTimeout(timer);
  }, [shown]);
  return <>{shown ? children : placeholder}</>;
}
