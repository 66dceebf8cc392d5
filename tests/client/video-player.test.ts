/**
 * The lesson page's side of the YouTube and Vimeo postMessage protocols (client code without a
 * browser): a video lesson completes when the player reports the video played to its end.
 */

// The client is an ES module package: typed as one, and loaded at run time from this CommonJS test.
type VideoPlayer = typeof import('../../client/src/modules/learning/components/videoPlayer.js', { with: { 'resolution-mode': 'import' } });
type EmbedPlayer = NonNullable<ReturnType<VideoPlayer['embedPlayer']>>;
type PlayerEvent = ReturnType<VideoPlayer['readPlayerMessage']>;
const MODULE_PATH = '../../client/src/modules/learning/components/videoPlayer';

let video: VideoPlayer;
let YOUTUBE: EmbedPlayer;
let VIMEO: EmbedPlayer;
beforeAll(async () => {
  video = (await import(MODULE_PATH)) as VideoPlayer;
  YOUTUBE = video.embedPlayer('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')!;
  VIMEO = video.embedPlayer('https://player.vimeo.com/video/76979871')!;
});

describe('embedded players', () => {
  it('knows the players the API embeds, and their origins', () => {
    expect(YOUTUBE).toEqual({ kind: 'youtube', origin: 'https://www.youtube-nocookie.com' });
    expect(VIMEO).toEqual({ kind: 'vimeo', origin: 'https://player.vimeo.com' });
    expect(video.embedPlayer('https://video.sidoarjokab.go.id/v/1')).toBeNull();
    expect(video.embedPlayer('http://player.vimeo.com/video/76979871')).toBeNull();
    expect(video.embedPlayer('bukan tautan')).toBeNull();
  });

  it('turns on the YouTube JS API for this page only; Vimeo needs nothing', () => {
    expect(video.playerSrc('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://belajar.sidoarjokab.go.id')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1&origin=https%3A%2F%2Fbelajar.sidoarjokab.go.id',
    );
    expect(video.playerSrc('https://player.vimeo.com/video/76979871', 'https://belajar.sidoarjokab.go.id')).toBe(
      'https://player.vimeo.com/video/76979871',
    );
  });

  it('asks YouTube to listen and report state changes, and Vimeo to report the end', () => {
    expect(video.subscribeMessages('youtube').map((m) => JSON.parse(m))).toEqual([
      { event: 'listening', id: 'lesson-video', channel: 'widget' },
      { event: 'command', func: 'addEventListener', args: ['onStateChange'], id: 'lesson-video', channel: 'widget' },
    ]);
    expect(video.subscribeMessages('vimeo').map((m) => JSON.parse(m))).toEqual([{ method: 'addEventListener', value: 'ended' }]);
  });
});

describe('readPlayerMessage', () => {
  const yt = 'https://www.youtube-nocookie.com';
  const vimeo = 'https://player.vimeo.com';
  it.each<[string, 'youtube' | 'vimeo', string, unknown, PlayerEvent]>([
    ['YouTube ready', 'youtube', yt, '{"event":"onReady","info":null,"id":"lesson-video","channel":"widget"}', 'ready'],
    ['YouTube playing', 'youtube', yt, '{"event":"onStateChange","info":1,"id":"lesson-video","channel":"widget"}', 'ready'],
    ['YouTube ended (state change)', 'youtube', yt, '{"event":"onStateChange","info":0,"id":"lesson-video","channel":"widget"}', 'ended'],
    [
      'YouTube ended (info delivery)',
      'youtube',
      yt,
      '{"event":"infoDelivery","info":{"playerState":0,"currentTime":212.1},"channel":"widget"}',
      'ended',
    ],
    ['YouTube paused (info delivery)', 'youtube', yt, '{"event":"infoDelivery","info":{"playerState":2},"channel":"widget"}', 'ready'],
    ['YouTube time update without a state', 'youtube', yt, '{"event":"infoDelivery","info":{"currentTime":12}}', 'ready'],
    ['YouTube unknown event', 'youtube', yt, '{"event":"apiInfoDelivery","info":{}}', null],
    ['"ended" from another site', 'youtube', 'https://evil.example', '{"event":"onStateChange","info":0}', null],
    ['"ended" from the YouTube site but not its player', 'youtube', 'https://www.youtube.com', '{"event":"onStateChange","info":0}', null],
    ['not JSON', 'youtube', yt, 'onStateChange 0', null],
    ['broken JSON', 'youtube', yt, '{"event":', null],
    ['Vimeo ready (string)', 'vimeo', vimeo, '{"event":"ready","player_id":"x"}', 'ready'],
    ['Vimeo ended (object)', 'vimeo', vimeo, { event: 'ended', data: { seconds: 60, percent: 1 } }, 'ended'],
    ['Vimeo ended (string)', 'vimeo', vimeo, '{"event":"ended","data":{"seconds":60}}', 'ended'],
    ['Vimeo progress', 'vimeo', vimeo, { event: 'timeupdate', data: { seconds: 3 } }, null],
    ['a YouTube message sent to a Vimeo lesson', 'vimeo', yt, '{"event":"onStateChange","info":0}', null],
    ['a method answer without an event', 'vimeo', vimeo, { method: 'getDuration', value: 60 }, null],
    ['nothing', 'vimeo', vimeo, null, null],
  ])('%s', (_, kind, origin, data, expected) => {
    expect(video.readPlayerMessage(kind === 'youtube' ? YOUTUBE : VIMEO, origin, data)).toBe(expected);
  });
});
