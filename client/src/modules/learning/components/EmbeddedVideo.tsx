import { Box } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import { embedPlayer, playerSrc, readPlayerMessage, subscribeMessages } from './videoPlayer';

/** How often, and how many times, the page asks a loaded player to report before giving up. */
const ASK_EVERY_MS = 500;
const ASK_TIMES = 20;

/**
 * A YouTube or Vimeo player in a 16:9 frame. `onEnded` is called when the player reports the
 * video played to its end (postMessage; see videoPlayer.ts). Players that never answer (blocked,
 * offline) simply play: the lesson's "Mark as done" button remains.
 */
export function EmbeddedVideo({ embedUrl, title, onEnded }: { embedUrl: string; title: string; onEnded?: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const player = useMemo(() => embedPlayer(embedUrl), [embedUrl]);
  const src = useMemo(() => playerSrc(embedUrl, window.location.origin), [embedUrl]);
  const ended = useRef(onEnded);
  const heard = useRef(false);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  useEffect(() => {
    ended.current = onEnded;
  }, [onEnded]);

  useEffect(() => {
    if (!player) return;
    const ask = () => {
      for (const message of subscribeMessages(player.kind)) frame.current?.contentWindow?.postMessage(message, player.origin);
    };
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const what = readPlayerMessage(player, event.origin, event.data);
      if (!what) return;
      if (!heard.current) {
        // The first answer: the player is ready, so subscribe once more (Vimeo takes
        // subscriptions only once ready) and stop asking.
        heard.current = true;
        clearInterval(timer.current);
        ask();
      }
      if (what === 'ended') ended.current?.();
    };
    const onLoad = () => {
      heard.current = false;
      clearInterval(timer.current);
      let times = 0;
      ask();
      timer.current = setInterval(() => {
        if (heard.current || ++times >= ASK_TIMES) clearInterval(timer.current);
        else ask();
      }, ASK_EVERY_MS);
    };
    const iframe = frame.current;
    window.addEventListener('message', onMessage);
    iframe?.addEventListener('load', onLoad);
    return () => {
      window.removeEventListener('message', onMessage);
      iframe?.removeEventListener('load', onLoad);
      clearInterval(timer.current);
    };
  }, [player]);

  return (
    <Box sx={{ position: 'relative', width: '100%', aspectRatio: '16 / 9', bgcolor: 'common.black', borderRadius: 1, overflow: 'hidden' }}>
      <Box
        component="iframe"
        ref={frame}
        src={src}
        title={title}
        data-testid="lesson-embed"
        allow="accelerometer; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        loading="lazy"
        sx={{ position: 'absolute', inset: 0, width: '100%', height: '100%', border: 0 }}
      />
    </Box>
  );
}
