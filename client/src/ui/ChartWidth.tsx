import { Box } from '@mui/material';
import { type ReactNode, startTransition, useEffect, useRef, useState } from 'react';

/**
 * A chart given the width of its place: `children(width)` renders once that width is known, and
 * again only when it changes. A chart of the chart library given only a height measures its own
 * container: it draws first at no size, reads the layout, then draws again at its size in the
 * same task; given both sizes it draws once. The width comes from a resize observer (told after
 * layout, so nothing is measured before its time) and the chart is drawn as a transition, which
 * React splits into slices, not in one task with the page around it. `minHeight` keeps the place.
 */
export function ChartWidth({ minHeight, children }: { minHeight: number; children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry.contentRect.width);
      startTransition(() => setWidth(next));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <Box ref={ref} sx={{ minHeight }}>
      {width > 0 && children(width)}
    </Box>
  );
}
