import { useEffect } from 'react';

/**
 * After a failed save, brings the first field marked as wrong into view (in the open dialog,
 * else in the page), or the error alert when no field is marked. Long forms otherwise hide
 * the reason a save did nothing. An element matching `preferred` (e.g. a list of what blocks
 * publishing), when there is one, comes first.
 */
export function useScrollToError(error: unknown, preferred?: string): void {
  useEffect(() => {
    if (error == null) return;
    const frame = requestAnimationFrame(() => {
      const scope = document.querySelector('.MuiDialog-root') ?? document.querySelector('main') ?? document.body;
      const target =
        (preferred ? scope.querySelector(preferred) : null) ??
        scope.querySelector('.MuiInputBase-root.Mui-error, .MuiFormHelperText-root.Mui-error') ??
        scope.querySelector('[role="alert"]');
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    return () => cancelAnimationFrame(frame);
  }, [error, preferred]);
}
