import { type Heartbeat, type TimeOnTaskOptions, creditTimeOnTask, stepTimeOnTask } from '../../../api/src/modules/learning/time-on-task';

const T0 = Date.parse('2026-03-10T02:00:00Z'); // 09:00 in Jakarta

/** Heartbeats every `every` seconds from `from` seconds after T0, `count` of them. */
function beats(lessonId: string, from: number, count: number, every = 30, over: Partial<Heartbeat> = {}): Heartbeat[] {
  return Array.from({ length: count }, (_, i) => ({
    learnerId: 'dewi',
    lessonId,
    at: new Date(T0 + (from + i * every) * 1000),
    visible: true,
    active: true,
    ...over,
  }));
}

const OPTIONS: TimeOnTaskOptions = { timeZone: 'Asia/Jakarta', lessonMinutes: () => null };

/** Seconds credited per lesson, over all dates. */
function secondsByLesson(heartbeats: Heartbeat[], options: Partial<TimeOnTaskOptions> = {}): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const row of creditTimeOnTask(heartbeats, { ...OPTIONS, ...options }))
    totals[row.lessonId] = (totals[row.lessonId] ?? 0) + row.seconds;
  return totals;
}

describe('creditTimeOnTask: honest minutes from heartbeats', () => {
  it.each<[string, Heartbeat[], Record<string, number>]>([
    ['10 minutes of heartbeats every 30 s', beats('L1', 0, 21), { L1: 600 }],
    ['a single heartbeat counts nothing', beats('L1', 0, 1), {}],
    ['beats every 15 s count the same wall time', beats('L1', 0, 41, 15), { L1: 600 }],
    ['a 45 s gap (one late beat) counts', [...beats('L1', 0, 2), ...beats('L1', 75, 2)], { L1: 105 }],
    ['a 60 s gap (one lost beat) counts', [...beats('L1', 0, 2), ...beats('L1', 90, 2)], { L1: 120 }],
    ['a 61 s gap counts nothing: the learner left', [...beats('L1', 0, 2), ...beats('L1', 91, 2)], { L1: 60 }],
    ['an hour away and back counts nothing for the hour', [...beats('L1', 0, 3), ...beats('L1', 3660, 3)], { L1: 120 }],
    [
      'a hidden tab counts nothing on either side',
      [...beats('L1', 0, 2), ...beats('L1', 60, 1, 30, { visible: false }), ...beats('L1', 90, 2)],
      { L1: 60 },
    ],
    ['an inactive learner counts nothing', beats('L1', 0, 10, 30, { active: false }), {}],
    ['visible but idle, then active again', [...beats('L1', 0, 3, 30, { active: false }), ...beats('L1', 90, 3)], { L1: 60 }],
    [
      'two tabs on different lessons: wall-clock time once',
      [...beats('A', 0, 11), ...beats('B', 15, 11)],
      { A: 165, B: 150 }, // 0–315 s: 315 s in all, not 600
    ],
    ['two tabs on the same lesson count once', [...beats('L1', 0, 11), ...beats('L1', 15, 11)], { L1: 315 }],
    ['a switch from one lesson to another', [...beats('A', 0, 5), ...beats('B', 150, 5)], { A: 120, B: 120 }],
  ])('%s', (_, heartbeats, expected) => {
    expect(secondsByLesson(heartbeats)).toEqual(expected);
  });

  it('never credits more than the wall-clock time of any learner', () => {
    const tabs = [...beats('A', 0, 21), ...beats('B', 10, 21), ...beats('C', 20, 21)];
    const total = Object.values(secondsByLesson(tabs)).reduce((a, b) => a + b, 0);
    expect(total).toBe(620); // from 0 to 620 s
  });

  it('gives the same answer whatever order the heartbeats arrive in', () => {
    const heartbeats = [...beats('A', 0, 11), ...beats('B', 15, 11), ...beats('A', 400, 5)];
    expect(creditTimeOnTask([...heartbeats].reverse(), OPTIONS)).toEqual(creditTimeOnTask(heartbeats, OPTIONS));
  });

  it('counts a duplicated heartbeat once', () => {
    const heartbeats = beats('L1', 0, 5);
    expect(secondsByLesson([...heartbeats, ...heartbeats])).toEqual({ L1: 120 });
  });

  it('takes the bound as a parameter', () => {
    const gapOf90 = [...beats('L1', 0, 2), ...beats('L1', 120, 2)];
    expect(secondsByLesson(gapOf90)).toEqual({ L1: 60 });
    expect(secondsByLesson(gapOf90, { maxGapSeconds: 120 })).toEqual({ L1: 150 });
  });

  it('keeps learners apart', () => {
    const others = beats('L1', 0, 11).map((b) => ({ ...b, learnerId: 'bambang' }));
    const rows = creditTimeOnTask([...beats('L1', 0, 11), ...others], OPTIONS);
    expect(rows.map((r) => [r.learnerId, r.seconds])).toEqual([
      ['bambang', 300],
      ['dewi', 300],
    ]);
  });
});

describe('time above a lesson’s stated duration is not counted', () => {
  it('caps a 5-minute lesson at 5 minutes', () => {
    expect(secondsByLesson(beats('L1', 0, 21), { lessonMinutes: () => 5 })).toEqual({ L1: 300 });
  });

  it('counts what was credited before toward the duration', () => {
    expect(secondsByLesson(beats('L1', 0, 21), { lessonMinutes: () => 5, creditedBefore: () => 120 })).toEqual({ L1: 180 });
    expect(secondsByLesson(beats('L1', 0, 21), { lessonMinutes: () => 5, creditedBefore: () => 400 })).toEqual({});
  });

  it('caps each lesson by its own duration', () => {
    const minutes: Record<string, number> = { A: 1 };
    expect(secondsByLesson([...beats('A', 0, 5), ...beats('B', 150, 5)], { lessonMinutes: (id) => minutes[id] })).toEqual({
      A: 60,
      B: 120,
    });
  });

  it('credits the earliest time and drops the later time', () => {
    const tomorrow = 24 * 3600;
    const rows = creditTimeOnTask([...beats('L1', 0, 3), ...beats('L1', tomorrow, 3)], { ...OPTIONS, lessonMinutes: () => 1.5 });
    expect(rows.map((r) => [r.date, r.seconds])).toEqual([
      ['2026-03-10', 60],
      ['2026-03-11', 30],
    ]);
  });
});

describe('local dates', () => {
  // 16:59–17:01 UTC is 23:59–00:01 in Jakarta (UTC+7).
  const aroundMidnight = Array.from({ length: 5 }, (_, i) => ({
    learnerId: 'dewi',
    lessonId: 'L1',
    at: new Date(Date.parse('2026-03-10T16:59:00Z') + i * 30_000),
    visible: true,
    active: true,
  }));

  it('cuts time at local midnight in the time zone given', () => {
    expect(creditTimeOnTask(aroundMidnight, OPTIONS)).toEqual([
      { learnerId: 'dewi', lessonId: 'L1', date: '2026-03-10', seconds: 60, minutes: 1 },
      { learnerId: 'dewi', lessonId: 'L1', date: '2026-03-11', seconds: 60, minutes: 1 },
    ]);
  });

  it('uses the calendar of another time zone when asked', () => {
    expect(creditTimeOnTask(aroundMidnight, { ...OPTIONS, timeZone: 'UTC' })).toEqual([
      { learnerId: 'dewi', lessonId: 'L1', date: '2026-03-10', seconds: 120, minutes: 2 },
    ]);
  });

  it('cuts a span that crosses midnight at the exact second', () => {
    const crossing = [
      { learnerId: 'dewi', lessonId: 'L1', at: new Date('2026-03-10T16:59:45Z'), visible: true, active: true },
      { learnerId: 'dewi', lessonId: 'L1', at: new Date('2026-03-10T17:00:15Z'), visible: true, active: true },
    ];
    expect(creditTimeOnTask(crossing, OPTIONS).map((r) => [r.date, r.seconds])).toEqual([
      ['2026-03-10', 15],
      ['2026-03-11', 15],
    ]);
  });

  it('reports fractional minutes, leaving JP rounding to the ledger', () => {
    expect(creditTimeOnTask(beats('L1', 0, 4), OPTIONS)).toEqual([
      { learnerId: 'dewi', lessonId: 'L1', date: '2026-03-10', seconds: 90, minutes: 1.5 },
    ]);
  });
});

describe('stepTimeOnTask: the same rules, one heartbeat at a time as the server receives them', () => {
  /** Feeds one learner's heartbeats in time order, keeping what the server keeps; ms per lesson and date. */
  function incremental(heartbeats: Heartbeat[], lessonMinutes: (id: string) => number | null = () => null): Record<string, number> {
    const sorted = [...heartbeats].sort((a, b) => a.at.getTime() - b.at.getTime());
    const last = new Map<string, Heartbeat>();
    const credited = new Map<string, number>();
    let countedUntil: number | null = null;
    const totals: Record<string, number> = {};
    for (const beat of sorted) {
      const minutes = lessonMinutes(beat.lessonId);
      const roomMs = minutes == null ? Infinity : minutes * 60_000 - (credited.get(beat.lessonId) ?? 0);
      const step = stepTimeOnTask({ previous: last.get(beat.lessonId) ?? null, beat, countedUntil, roomMs, timeZone: 'Asia/Jakarta' });
      last.set(beat.lessonId, beat);
      if (step.spanned) countedUntil = beat.at.getTime();
      for (const piece of step.pieces) {
        credited.set(beat.lessonId, (credited.get(beat.lessonId) ?? 0) + piece.ms);
        const key = `${beat.lessonId} ${piece.date}`;
        totals[key] = (totals[key] ?? 0) + piece.ms;
      }
    }
    return Object.fromEntries(Object.entries(totals).map(([k, ms]) => [k, Math.floor(ms / 1000)]));
  }
  const batch = (heartbeats: Heartbeat[], lessonMinutes: (id: string) => number | null = () => null) =>
    Object.fromEntries(creditTimeOnTask(heartbeats, { ...OPTIONS, lessonMinutes }).map((r) => [`${r.lessonId} ${r.date}`, r.seconds]));

  const none = () => null;
  it.each<[string, Heartbeat[], (id: string) => number | null]>([
    ['steady beats', beats('L1', 0, 21), none],
    [
      'gaps, a hidden tab and idle time',
      [
        ...beats('L1', 0, 2),
        ...beats('L1', 60, 1, 30, { visible: false }),
        ...beats('L1', 90, 3),
        ...beats('L1', 200, 3, 30, { active: false }),
        ...beats('L1', 300, 4),
      ],
      none,
    ],
    ['two tabs on different lessons', [...beats('A', 0, 11), ...beats('B', 15, 11)], none],
    ['three tabs', [...beats('A', 0, 21), ...beats('B', 10, 21), ...beats('C', 20, 21)], none],
    ['a switch between lessons', [...beats('A', 0, 5), ...beats('B', 150, 5), ...beats('A', 400, 4)], none],
    ['durations cap each lesson', [...beats('A', 0, 21), ...beats('B', 700, 21)], (id) => (id === 'A' ? 3 : 4)],
    ['midnight in Jakarta', beats('L1', 15 * 3600 - 100, 8), () => 2],
  ])('%s', (_, heartbeats, lessonMinutes) => {
    expect(incremental(heartbeats, lessonMinutes)).toEqual(batch(heartbeats, lessonMinutes));
  });
});
