import { yearOf } from '../../common/dates';
import { parseNip } from '@komunitas-pintar/domain';
import { EmployeeType } from '../organisation/organisation.enums';

/**
 * The span of days a JP summary covers. A PNS counts JP per calendar year (PP 17/2020); a PPPK
 * per contract year (PP 49/2018), which runs from the first day of the appointment month (the
 * TMT in digits 9–14 of the NI PPPK) to the day before that date a year later.
 */
export interface JpPeriod {
  /** The calendar year the period starts in: the `year` a summary is asked for. */
  year: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end: string;
}

/** Any appointment month counts, however recent: judging a NIP against today is the employee form's business. */
const NO_LATER_THAN = new Date(Date.UTC(9999, 11, 31));

/** The month (1–12) the employee's JP year starts: January for a PNS, the appointment month for a PPPK, January when the NIP cannot be read. */
function startMonth(employeeType: EmployeeType, nip: string): number {
  if (employeeType !== EmployeeType.PPPK) return 1;
  const parsed = parseNip(nip, NO_LATER_THAN);
  return parsed.ok ? Number(parsed.parts.appointment.slice(5, 7)) : 1;
}

/** The JP period that starts in calendar `year`: the calendar year for a PNS, the contract year starting that year for a PPPK. */
export function jpPeriod(employeeType: EmployeeType, nip: string, year: number): JpPeriod {
  const month = startMonth(employeeType, nip);
  const start = new Date(Date.UTC(year, month - 1, 1));
  // Day 0 of the month is the last day of the month before it.
  const end = new Date(Date.UTC(year + 1, month - 1, 0));
  return { year, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The JP period containing a local date (YYYY-MM-DD): for a PPPK appointed in March, 2027-02-10 is in the one starting 2026-03-01. */
export function jpPeriodContaining(employeeType: EmployeeType, nip: string, date: string): JpPeriod {
  const period = jpPeriod(employeeType, nip, yearOf(date));
  return date < period.start ? jpPeriod(employeeType, nip, period.year - 1) : period;
}
