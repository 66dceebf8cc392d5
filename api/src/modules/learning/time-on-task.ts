/**
 * Honest time on task: the minutes a learner was actually on a lesson, measured from the
 * heartbeats the lesson page sends (at most every 30 s while the tab is visible and the learner
 * active), never the duration someone typed. The rules are in the README of the assessment module ("Honest time on task"), where they were first written down.
 */
import { groupBy } from '../../common/collections';
import { localDate } from '../../common/dates';

/** One heartbeat from a lesson page, stamped by the server. */
export interface Heartbeat {
  learnerId: string;
  lessonId: string;
  at: Date;
  /** The page was visible (not a background tab, not a locked phone). */
  visible: boolean;
  /** The learner did something recently (scrolled, typed, played the video). */
  active: boolean;
}

/** Longest gap between two heartbeats of a lesson that still counts, by default (two missed beats' worth). */
export const DEFAULT_MAX_GAP_SECONDS = 60;

export interface TimeOnTaskOptions {
  /** The calendar that decides dates (the regency's, e.g. Asia/Jakarta). */
  timeZone: string;
  /** Longest gap that counts; longer gaps count nothing. Default 60 s. */
  maxGapSeconds?: number;
  /** A lesson's stated duration in minutes: time above it is not counted. None: no limit. */
  lessonMinutes: (lessonId: string) => number | null | undefined;
  /** Seconds already credited to the learner on the lesson before these heartbeats (counts toward its duration). */
  creditedBefore?: (learnerId: string, lessonId: string) => number;
}

/** Time credited to a learner on a lesson on one local date. */
export interface CreditedTime {
  learnerId: string;
  lessonId: string;
  /** YYYY-MM-DD in the time zone given. */
  date: string;
  /** Whole seconds. */
  seconds: number;
  /** seconds / 60, not rounded (JP rounding happens where JP are computed). */
  minutes: number;
}

interface Span {
  lessonId: string;
  start: number;
  end: number;
}

const counts = (beat: Heartbeat) => beat.visible && beat.active;

/**
 * The spans of one learner's heartbeats that count: between two consecutive heartbeats of the same
 * lesson, both visible and active, at most `maxGapMs` apart. Spans come out in order of their end.
 */
function countedSpans(beats: readonly Heartbeat[], maxGapMs: number): Span[] {
  const sorted = [...beats].sort((a, b) => a.at.getTime() - b.at.getTime() || a.lessonId.localeCompare(b.lessonId));
  const previous = new Map<string, Heartbeat>();
  const spans: Span[] = [];
  for (const beat of sorted) {
    const before = previous.get(beat.lessonId);
    previous.set(beat.lessonId, beat);
    if (!before || !counts(before) || !counts(beat)) continue;
    const gap = beat.at.getTime() - before.at.getTime();
    if (gap > 0 && gap <= maxGapMs) spans.push({ lessonId: beat.lessonId, start: before.at.getTime(), end: beat.at.getTime() });
  }
  return spans;
}

/** One lesson at a time: a span overlapping time already credited keeps only its later part. */
function withoutOverlap(spans: readonly Span[]): Span[] {
  let creditedUntil = -Infinity;
  const kept: Span[] = [];
  for (const span of spans) {
    const start = Math.max(span.start, creditedUntil);
    if (start < span.end) kept.push({ ...span, start });
    creditedUntil = Math.max(creditedUntil, span.end);
  }
  return kept;
}

/** The first instant after `start`, before `end`, on another local date than `start` (binary search). */
function nextDateStart(start: number, end: number, timeZone: string): number {
  const date = localDate(new Date(start), timeZone);
  let low = start;
  let high = end;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localDate(new Date(mid), timeZone) === date) low = mid;
    else high = mid;
  }
  return high;
}

/** A span cut at local midnights: milliseconds per date. */
function byLocalDate(span: Span, timeZone: string): { date: string; ms: number }[] {
  const pieces: { date: string; ms: number }[] = [];
  let start = span.start;
  while (start < span.end) {
    const date = localDate(new Date(start), timeZone);
    const sameDate = localDate(new Date(span.end - 1), timeZone) === date;
    const end = sameDate ? span.end : nextDateStart(start, span.end, timeZone);
    pieces.push({ date, ms: end - start });
    start = end;
  }
  return pieces;
}

function creditLearner(learnerId: string, beats: readonly Heartbeat[], options: TimeOnTaskOptions): CreditedTime[] {
  const maxGapMs = (options.maxGapSeconds ?? DEFAULT_MAX_GAP_SECONDS) * 1000;
  const room = new Map<string, number>();
  const roomFor = (lessonId: string) => {
    if (!room.has(lessonId)) {
      const minutes = options.lessonMinutes(lessonId);
      const before = options.creditedBefore?.(learnerId, lessonId) ?? 0;
      room.set(lessonId, minutes === null || minutes === undefined ? Infinity : Math.max(0, minutes * 60_000 - before * 1000));
    }
    return room.get(lessonId)!;
  };
  const credited = new Map<string, { lessonId: string; date: string; ms: number }>();
  for (const span of withoutOverlap(countedSpans(beats, maxGapMs))) {
    for (const piece of byLocalDate(span, options.timeZone)) {
      const ms = Math.min(piece.ms, roomFor(span.lessonId));
      if (ms <= 0) continue;
      room.set(span.lessonId, roomFor(span.lessonId) - ms);
      const key = `${span.lessonId}\u0000${piece.date}`;
      const row = credited.get(key) ?? { lessonId: span.lessonId, date: piece.date, ms: 0 };
      row.ms += ms;
      credited.set(key, row);
    }
  }
  return [...credited.values()].map(({ lessonId, date, ms }) => {
    const seconds = Math.floor(ms / 1000);
    return { learnerId, lessonId, date, seconds, minutes: seconds / 60 };
  });
}

/**
 * Credited active time per learner, lesson and local date from a stream of heartbeats (any order).
 * Sorted by learner, lesson and date; rows with no time are left out.
 */
export function creditTimeOnTask(heartbeats: readonly Heartbeat[], options: TimeOnTaskOptions): CreditedTime[] {
  const rows = [...groupBy(heartbeats, (b) => b.learnerId)].flatMap(([learnerId, beats]) => creditLearner(learnerId, beats, options));
  return rows
    .filter((r) => r.seconds > 0)
    .sort((a, b) => a.learnerId.localeCompare(b.learnerId) || a.lessonId.localeCompare(b.lessonId) || a.date.localeCompare(b.date));
}

/** What one new heartbeat adds, given where the learner's counting stands (see `stepTimeOnTask`). */
export interface HeartbeatStep {
  /** The learner's previous heartbeat on the same lesson, if any. */
  previous: Heartbeat | null;
  /** The new heartbeat (stamped by the server, not earlier than any heartbeat before it). */
  beat: Heartbeat;
  /** End (ms since the epoch) of the last span counted for the learner on any lesson; null if none. */
  countedUntil: number | null;
  /** Milliseconds the lesson still has room for: its duration less what was credited; Infinity without a duration. */
  roomMs: number;
  timeZone: string;
  maxGapSeconds?: number;
}

/**
 * The same rules as `creditTimeOnTask`, one heartbeat at a time, as the server receives them: the
 * span from the previous heartbeat of the lesson counts when both were visible and active and at
 * most the bound apart; its part before `countedUntil` was already counted on some lesson (one
 * lesson at a time); the rest is cut at local midnight and credited up to the lesson's room, the
 * earliest time first. `spanned` tells whether the beat closed a counted span, which moves the
 * learner's `countedUntil` to this beat. Feeding a learner's heartbeats in time order gives the
 * totals of `creditTimeOnTask` (tested).
 */
export function stepTimeOnTask(step: HeartbeatStep): { spanned: boolean; pieces: { date: string; ms: number }[] } {
  const { previous, beat } = step;
  const maxGapMs = (step.maxGapSeconds ?? DEFAULT_MAX_GAP_SECONDS) * 1000;
  if (!previous || !counts(previous) || !counts(beat)) return { spanned: false, pieces: [] };
  const end = beat.at.getTime();
  const gap = end - previous.at.getTime();
  if (gap <= 0 || gap > maxGapMs) return { spanned: false, pieces: [] };
  const start = Math.max(previous.at.getTime(), step.countedUntil ?? -Infinity);
  let room = step.roomMs;
  const pieces: { date: string; ms: number }[] = [];
  if (start < end) {
    for (const piece of byLocalDate({ lessonId: beat.lessonId, start, end }, step.timeZone)) {
      const ms = Math.min(piece.ms, room);
      if (ms <= 0) break;
      room -= ms;
      pieces.push({ date: piece.date, ms });
    }
  }
  return { spanned: true, pieces };
}
