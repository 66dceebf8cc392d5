/**
 * Talking to embedded YouTube and Vimeo players with `postMessage`, so a video lesson completes
 * by itself when the video has played to its end. The page's CSP loads no script from those
 * sites (no IFrame API or player.js): the players are asked to report, and their messages read
 * here. Pure functions, so the protocol is tested without a browser.
 */

export type PlayerKind = 'youtube' | 'vimeo';

/** An embedded player: which protocol it speaks, and the origin its messages come from. */
export interface EmbedPlayer {
  kind: PlayerKind;
  origin: string;
}

/** What a player message means for the lesson. */
export type PlayerEvent = 'ready' | 'ended';

/** The player of an embed URL (as the API gives `Lesson.embedUrl`), or null for other sites. */
export function embedPlayer(embedUrl: string): EmbedPlayer | null {
  let url: URL;
  try {
    url = new URL(embedUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.hostname === 'www.youtube-nocookie.com' || url.hostname === 'www.youtube.com') return { kind: 'youtube', origin: url.origin };
  if (url.hostname === 'player.vimeo.com') return { kind: 'vimeo', origin: url.origin };
  return null;
}

/**
 * The iframe address: YouTube reports its state only with `enablejsapi=1`, and `origin` tells it
 * which page may listen. Vimeo players always answer messages.
 */
export function playerSrc(embedUrl: string, pageOrigin: string): string {
  const player = embedPlayer(embedUrl);
  if (player?.kind !== 'youtube') return embedUrl;
  const url = new URL(embedUrl);
  url.searchParams.set('enablejsapi', '1');
  url.searchParams.set('origin', pageOrigin);
  return url.toString();
}

/** Id the page gives its YouTube widget in the messages it sends. */
const WIDGET_ID = 'lesson-video';

/** What to post to the player so it reports the video's end. Sent until the player answers. */
export function subscribeMessages(kind: PlayerKind): string[] {
  if (kind === 'youtube') {
    return [
      JSON.stringify({ event: 'listening', id: WIDGET_ID, channel: 'widget' }),
      JSON.stringify({ event: 'command', func: 'addEventListener', args: ['onStateChange'], id: WIDGET_ID, channel: 'widget' }),
    ];
  }
  return [JSON.stringify({ method: 'addEventListener', value: 'ended' })];
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data === 'string') {
    if (!data.startsWith('{')) return null;
    try {
      const value: unknown = JSON.parse(data);
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
}

/** YouTube's player state "ended". */
const YT_ENDED = 0;

/**
 * Reads a `message` event from the window: 'ended' when the player says the video played to its
 * end, 'ready' when it answered at all, null for anything else (other origins included).
 */
export function readPlayerMessage(player: EmbedPlayer, origin: string, data: unknown): PlayerEvent | null {
  if (origin !== player.origin) return null;
  const message = parse(data);
  if (!message || typeof message.event !== 'string') return null;
  if (player.kind === 'youtube') {
    const info = message.info as unknown;
    if (message.event === 'onStateChange') return info === YT_ENDED ? 'ended' : 'ready';
    if (message.event === 'infoDelivery') {
      const state = info && typeof info === 'object' ? (info as Record<string, unknown>).playerState : undefined;
      return state === YT_ENDED ? 'ended' : 'ready';
    }
    return message.event === 'onReady' || message.event === 'initialDelivery' ? 'ready' : null;
  }
  if (message.event === 'ended') return 'ended';
  return message.event === 'ready' ? 'ready' : null;
}
