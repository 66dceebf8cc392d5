import { parseNip } from '@komunitas-pintar/domain';

const TODAY = new Date(Date.UTC(2026, 10, 28));

describe('parseNip', () => {
  it.each([
    ['199203152019032001', { birthDate: '1992-03-15', appointment: '2019-03', gender: 'FEMALE', sequence: 1 }],
    ['197905062003121002', { birthDate: '1979-05-06', appointment: '2003-12', gender: 'MALE', sequence: 2 }],
    ['1992 0315 201903 2 001', { birthDate: '1992-03-15' }],
    ['19920315.201903.2.001', { birthDate: '1992-03-15' }],
    ['200002292026111999', { birthDate: '2000-02-29', appointment: '2026-11', sequence: 999 }],
  ])('accepts %s', (nip, parts) => {
    const result = parseNip(nip, TODAY);
    expect(result).toMatchObject({ ok: true, parts });
  });

  it.each([
    ['', 'NIP_FORMAT'],
    ['19920315201903200', 'NIP_FORMAT'],
    ['1992031520190320011', 'NIP_FORMAT'],
    ['19920315201903200A', 'NIP_FORMAT'],
    ['199213152019032001', 'NIP_BIRTH_DATE'], // month 13
    ['199202302019032001', 'NIP_BIRTH_DATE'], // 30 February
    ['199002292019032001', 'NIP_BIRTH_DATE'], // 1990 is not a leap year
    ['202712012019032001', 'NIP_BIRTH_DATE'], // born in the future
    ['189912312019032001', 'NIP_BIRTH_DATE'],
    ['199203152019002001', 'NIP_APPOINTMENT'], // month 00
    ['199203152019132001', 'NIP_APPOINTMENT'], // month 13
    ['199203152026122001', 'NIP_APPOINTMENT'], // appointed next month
    ['199203152008032001', 'NIP_APPOINTMENT'], // appointed at 15
    ['199203152019033001', 'NIP_GENDER'],
    ['199203152019030001', 'NIP_GENDER'],
    ['199203152019032000', 'NIP_SEQUENCE'],
  ])('rejects %s with %s', (nip, rule) => {
    const result = parseNip(nip, TODAY);
    expect(result).toMatchObject({ ok: false, rule });
    expect(result.ok ? '' : result.message).toMatch(/NIP/);
  });
});
