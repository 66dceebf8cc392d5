import { jpPeriod, jpPeriodContaining } from '../../../api/src/modules/record/jp-period';
import { EmployeeType } from '../../../api/src/modules/organisation/organisation.enums';

/** A valid NIP (born 1 Jan 1990, 1st male of the month) appointed in `appointment` (YYYYMM). */
const nip = (appointment: string) => `19900101${appointment}1001`;
const { PNS, PPPK } = EmployeeType;

describe('jpPeriod: the span a JP summary of a year covers', () => {
  it.each<[string, EmployeeType, string, number, [string, string]]>([
    ['a PNS: the calendar year, whatever the appointment month', PNS, nip('201903'), 2026, ['2026-01-01', '2026-12-31']],
    ['a PPPK appointed in January: the calendar year', PPPK, nip('202301'), 2026, ['2026-01-01', '2026-12-31']],
    ['a PPPK appointed in March: the contract year starting 1 March', PPPK, nip('202303'), 2026, ['2026-03-01', '2027-02-28']],
    ['a PPPK appointed in March, before a leap day', PPPK, nip('202303'), 2027, ['2027-03-01', '2028-02-29']],
    ['a PPPK appointed in December', PPPK, nip('202212'), 2026, ['2026-12-01', '2027-11-30']],
    ['a PPPK appointed this very month (not judged against today)', PPPK, nip('209907'), 2026, ['2026-07-01', '2027-06-30']],
    ['a PPPK whose NIP cannot be read: the calendar year', PPPK, '123', 2026, ['2026-01-01', '2026-12-31']],
    ['a PPPK whose NIP has no valid appointment month: the calendar year', PPPK, nip('202313'), 2026, ['2026-01-01', '2026-12-31']],
  ])('%s', (_case, type, employeeNip, year, [start, end]) => {
    expect(jpPeriod(type, employeeNip, year)).toEqual({ year, start, end });
  });
});

describe('jpPeriodContaining: the period a local date falls in', () => {
  it.each<[string, EmployeeType, string, string, number]>([
    ['a PNS on 10 Feb 2027', PNS, nip('201903'), '2027-02-10', 2027],
    ['a PNS on 31 Dec 2026', PNS, nip('201903'), '2026-12-31', 2026],
    ['a PPPK appointed in January on 1 Jan 2027', PPPK, nip('202301'), '2027-01-01', 2027],
    ['a PPPK appointed in March on 10 Feb 2027: the contract year from March 2026', PPPK, nip('202303'), '2027-02-10', 2026],
    ['a PPPK appointed in March on 1 Mar 2026: the first day of the 2026 contract year', PPPK, nip('202303'), '2026-03-01', 2026],
    ['a PPPK appointed in March on 28 Feb 2026: the last day of the 2025 contract year', PPPK, nip('202303'), '2026-02-28', 2025],
    ['a PPPK whose NIP cannot be read, on 10 Feb 2027: the calendar year', PPPK, 'not-a-nip', '2027-02-10', 2027],
  ])('%s', (_case, type, employeeNip, date, year) => {
    const period = jpPeriodContaining(type, employeeNip, date);
    expect(period).toEqual(jpPeriod(type, employeeNip, year));
    expect(date >= period.start && date <= period.end).toBe(true);
  });
});
