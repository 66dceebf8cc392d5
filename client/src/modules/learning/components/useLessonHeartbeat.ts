import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { LessonHeartbeatMutation } from '../graphql/learning';

/** One heartbeat every 30 s: the server counts the time between two of them, when at most 60 s apart. */
export const HEARTBEAT_MS = 30_000;
/** The learner counts as active this long after their last input (scroll, key, tap, pointer). */
const ACTIVE_MS = 60_000;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Sends the lesson page's heartbeats while `enabled` (the learner's own unfinished module): one when
 * the page opens and then every 30 s, telling whether the tab is visible and the learner active
 * (input in the last minute, a video playing, or a video player in focus). A hidden tab sends one
 * heartbeat saying so, then nothing until it is visible again. The server decides what counts.
 */
export function useLessonHeartbeat(lessonId: string, enabled: boolean): void {
  const [send] = useMutation(LessonHeartbeatMutation);
  const lastInput = useRef(Date.now());
  const playing = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const touch = () => {
      lastInput.current = Date.now();
    };
    const play = () => {
      playing.current += 1;
    };
    const pause = () => {
      playing.current = Math.max(0, playing.current - 1);
    };
    for (const name of ACTIVITY_EVENTS) document.addEventListener(name, touch, { capture: true, passive: true });
    document.addEventListener('play', play, true);
    document.addEventListener('pause', pause, true);
    document.addEventListener('ended', pause, true);

    let hiddenSent = false;
    const beat = () => {
      const visible = document.visibilityState === 'visible';
      if (!visible && hiddenSent) return;
      hiddenSent = !visible;
      const active = Date.now() - lastInput.current < ACTIVE_MS || playing.current > 0 || document.activeElement?.tagName === 'IFRAME';
      send({ variables: { input: { lessonId, visible, active } } }).catch(() => {
        // A lost heartbeat costs at most its own half minute; the next one carries on.
      });
    };
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) document.removeEventListener(name, touch, { capture: true });
      document.removeEventListener('play', play, true);
      document.removeEventListener('pause', pause, true);
      document.removeEventListener('ended', pause, true);
    };
  }, [enabled, lessonId, send]);
}
