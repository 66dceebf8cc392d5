import { Box } from '@mui/material';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * A chart given the width of its place: `children(width)` renders once that width is read, and
 * again only when it changes. A chart of the chart library given only a height measures its own
 * container: it draws first at no size, reads the layout, then draws again at its size; given both
 * sizes it draws once. `minHeight` keeps the place while the width is read.
 */
export function ChartWidth({ minHeight, children }: { minHeight: number; children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    setWidth(Math.floor(box.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <Box ref={ref} sx={{ minHeight }}>
      {width > 0 && children(width)}
    </Box>
  );
}
