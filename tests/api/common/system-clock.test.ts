import { localDateTime, systemClock } from '../../../api/src/common/dates';

/** The system clock's date, worked out once a minute, turns at local midnight to the millisecond. */
describe('systemClock().today()', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['Asia/Jakarta', '2026-12-31T16:59:59.999Z', '2026-12-31', '2026-12-31T17:00:00.000Z', '2027-01-01'],
    ['Asia/Makassar', '2026-06-30T15:59:59.999Z', '2026-06-30', '2026-06-30T16:00:00.000Z', '2026-07-01'],
    ['Asia/Kathmandu', '2026-03-01T18:14:59.999Z', '2026-03-01', '2026-03-01T18:15:00.000Z', '2026-03-02'],
  ])('in %s: %s is %s, and %s is %s', (timeZone, before, dateBefore, after, dateAfter) => {
    const clock = systemClock(timeZone);
    jest.useFakeTimers({ now: new Date(before) });
    expect(clock.today()).toBe(dateBefore);
    expect(clock.today()).toBe(dateBefore);
    jest.setSystemTime(new Date(after));
    expect(clock.today()).toBe(dateAfter);
    jest.setSystemTime(new Date(before));
    expect(clock.today()).toBe(dateBefore);
  });
});

/** The "made at" line of exported files: the local date and time, as an Indonesian reader writes them. */
describe('localDateTime', () => {
  it.each([
    ['Asia/Jakarta', '2026-12-31T17:30:00Z', '1 Jan 2027, 00.30'],
    ['Asia/Makassar', '2026-12-31T17:30:00Z', '1 Jan 2027, 01.30'],
    ['Asia/Jakarta', '2026-12-07T01:05:00Z', '7 Des 2026, 08.05'],
  ])('in %s, %s is %s', (timeZone, instant, text) => {
    expect(localDateTime(new Date(instant), timeZone)).toBe(text);
    expect(localDateTime(new Date(instant), timeZone)).toBe(text);
  });
});
