import TimerOutlined from '@mui/icons-material/TimerOutlined';
import { Chip } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** mm:ss, or h:mm:ss from an hour. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/**
 * The time left, counted down from the server's `secondsLeft` (not the device's clock, which may
 * be wrong); `onEnd` once it reaches zero. The server keeps the deadline whatever this shows.
 */
export function QuizTimer({ secondsLeft, onEnd }: { secondsLeft: number; onEnd: () => void }) {
  const { t } = useTranslation();
  const endsAt = useRef(performance.now() + secondsLeft * 1000);
  const [left, setLeft] = useState(secondsLeft);
  const ended = useRef(false);
  useEffect(() => {
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((endsAt.current - performance.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0 && !ended.current) {
        ended.current = true;
        onEnd();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [onEnd]);
  const urgent = left <= 60;
  return (
    <Chip
      icon={<TimerOutlined />}
      color={urgent ? 'error' : left <= 300 ? 'warning' : 'default'}
      variant={urgent ? 'filled' : 'outlined'}
      label={formatSeconds(left)}
      aria-label={t('assessment.player.timeLeft', { time: formatSeconds(left) })}
      role="timer"
      data-testid="quiz-timer"
      sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
    />
  );
}
