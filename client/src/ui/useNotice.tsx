import { Snackbar } from '@mui/material';
import { type ReactNode, useState } from 'react';

/**
 * A short confirmation ("Perubahan tersimpan") in a snackbar: `show(message)` opens it, `element`
 * goes once into the page. `top` keeps it clear of a sticky action bar at the bottom.
 */
export function useNotice({ top = false, duration = 3000 }: { top?: boolean; duration?: number } = {}): {
  show: (message: string) => void;
  element: ReactNode;
} {
  const [message, setMessage] = useState<string | null>(null);
  const element = (
    <Snackbar
      open={message !== null}
      autoHideDuration={duration}
      onClose={() => setMessage(null)}
      message={message ?? ''}
      anchorOrigin={top ? { vertical: 'top', horizontal: 'center' } : undefined}
      sx={top ? { top: { xs: 72, sm: 80 } } : undefined}
    />
  );
  return { show: setMessage, element };
}
