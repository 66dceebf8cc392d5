import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  type CertificateDocument,
  certificateJp,
  indonesianDateRange,
  renderCertificatePdf,
} from '../../../api/src/modules/certificate/certificate-pdf';
import { maskNip } from '../../../api/src/modules/certificate/nip-mask';
import { DEFAULT_NUMBER_FORMAT, formatRegisteredNumber, parseNumberFormat } from '../../../api/src/modules/certificate/registered-number';
import {
  groupVerificationCode,
  newVerificationCode,
  normalizeVerificationCode,
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_BITS,
  VERIFICATION_CODE_LENGTH,
  verificationUrl,
} from '../../../api/src/modules/certificate/verification-code';
import { testFolder } from '../../support/test-app';

describe('registered numbers', () => {
  it('writes the default format KP/{year}/{seq:05}, never cutting a longer sequence', () => {
    expect(DEFAULT_NUMBER_FORMAT).toBe('KP/{year}/{seq:05}');
    expect(formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 2026, 42)).toBe('KP/2026/00042');
    expect(formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 2027, 1)).toBe('KP/2027/00001');
    expect(formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 2026, 123456)).toBe('KP/2026/123456');
  });

  it('writes other formats an administrator may choose', () => {
    expect(formatRegisteredNumber('{seq:03}/BKD-SDA/{year}', 2026, 7)).toBe('007/BKD-SDA/2026');
    expect(formatRegisteredNumber('800.1.{seq}.{year}', 2026, 15)).toBe('800.1.15.2026');
    expect(formatRegisteredNumber('SERT {year} {seq:010}', 2026, 9)).toBe('SERT 2026 0000000009');
  });

  it.each([
    ['', 'NUMBER_FORMAT_LENGTH'],
    ['   ', 'NUMBER_FORMAT_LENGTH'],
    [`${'X'.repeat(50)}/{year}/{seq:05}`, 'NUMBER_FORMAT_LENGTH'],
    ['KP/{tahun}/{seq}', 'NUMBER_FORMAT_PLACEHOLDER'],
    ['KP/{year}/{seq:5}', 'NUMBER_FORMAT_PLACEHOLDER'],
    ['KP/{year}/{seq:00}', 'NUMBER_FORMAT_PLACEHOLDER'],
    ['KP/{year}/{seq:011}', 'NUMBER_FORMAT_PLACEHOLDER'],
    ['KP/{year/{seq}', 'NUMBER_FORMAT_TEXT'],
    ['KP/{year}/{seq}}', 'NUMBER_FORMAT_TEXT'],
    ['KP#{year}/{seq}', 'NUMBER_FORMAT_TEXT'],
    ['KP/{year}?n={seq}', 'NUMBER_FORMAT_TEXT'],
    ['KP/{seq:05}', 'NUMBER_FORMAT_YEAR'],
    ['KP/{year}/{year}/{seq}', 'NUMBER_FORMAT_YEAR'],
    ['KP/{year}', 'NUMBER_FORMAT_SEQ'],
    ['{seq}/{year}/{seq:03}', 'NUMBER_FORMAT_SEQ'],
  ])('refuses the format %j (%s)', (format, rule) => {
    expect(parseNumberFormat(format)).toMatchObject({ ok: false, rule });
    expect(() => formatRegisteredNumber(format, 2026, 1)).toThrow('Invalid certificate number format');
  });

  it('refuses a year that is not four digits and a sequence below 1', () => {
    expect(() => formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 26, 1)).toThrow('four digits');
    expect(() => formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 2026, 0)).toThrow('from 1');
    expect(() => formatRegisteredNumber(DEFAULT_NUMBER_FORMAT, 2026, 1.5)).toThrow('from 1');
  });
});

describe('verification codes', () => {
  it('carry at least 80 random bits in URL-safe characters without look-alikes', () => {
    expect(VERIFICATION_CODE_BITS).toBeGreaterThanOrEqual(80);
    expect(VERIFICATION_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(VERIFICATION_ALPHABET).size).toBe(VERIFICATION_ALPHABET.length);
    const code = newVerificationCode();
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH);
    expect(code).toMatch(new RegExp(`^[${VERIFICATION_ALPHABET}]+$`));
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('are all different and use every character about equally often', () => {
    const codes = Array.from({ length: 20_000 }, () => newVerificationCode());
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const c of codes.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (codes.length * VERIFICATION_CODE_LENGTH) / VERIFICATION_ALPHABET.length;
    expect([...counts.keys()].sort().join('')).toBe([...VERIFICATION_ALPHABET].sort().join(''));
    // 360,000 characters: each count lies within 5 % of the expected 11,613 (about 10 standard deviations).
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.05);
  });

  it('draw each character from the low 5 bits of a random byte, throwing 31 away', () => {
    const bytes = [31, 0, 255, 1, 30, ...Array.from({ length: 40 }, (_, i) => i % 31)];
    let at = 0;
    const source = (size: number) => Buffer.from(Array.from({ length: size }, () => bytes[at++ % bytes.length]));
    // 31 and 255 (low bits 31) are skipped; 0, 1, 30 map to the first, second and last characters.
    expect(newVerificationCode(source).slice(0, 3)).toBe(
      `${VERIFICATION_ALPHABET[0]}${VERIFICATION_ALPHABET[1]}${VERIFICATION_ALPHABET[30]}`,
    );
  });

  it('are read back as typed, printed in groups, and open the public page', () => {
    const code = '7KQ2MXP9RTAW4HCZ8N';
    expect(groupVerificationCode(code)).toBe('7KQ2MX-P9RTAW-4HCZ8N');
    expect(normalizeVerificationCode(' 7kq2mx-p9rtaw 4hcz8n ')).toBe(code);
    expect(normalizeVerificationCode('7KQ2MXP9RTAW4HCZ8')).toBeNull();
    expect(normalizeVerificationCode('7KQ2MXP9RTAW4HCZ80')).toBeNull();
    expect(normalizeVerificationCode('7KQ2MXP9RTAW4HCZ8O')).toBeNull();
    expect(verificationUrl('https://kp.sidoarjokab.go.id/', code)).toBe(`https://kp.sidoarjokab.go.id/verify/${code}`);
  });
});

describe('NIP on the public page', () => {
  it.each([
    ['199203152019032001', '1992**** ****** * 001'],
    ['19920315 201903 2 001', '1992**** ****** * 001'],
    ['12345', '**345'],
  ])('%s shows as %s', (nip, masked) => {
    expect(maskNip(nip)).toBe(masked);
  });

  it('hides the birth date, the appointment month and the gender', () => {
    const masked = maskNip('199203152019032001');
    expect(masked).not.toMatch(/0315|201903|\* 2 /);
  });
});

describe('certificate texts', () => {
  it.each([
    ['2026-05-05', '2026-05-05', '5 Mei 2026'],
    ['2026-03-02', '2026-03-06', '2–6 Maret 2026'],
    ['2026-02-28', '2026-03-03', '28 Februari – 3 Maret 2026'],
    ['2025-12-29', '2026-01-02', '29 Desember 2025 – 2 Januari 2026'],
  ])('dates %s to %s read %s', (start, end, text) => {
    expect(indonesianDateRange(start, end)).toBe(text);
  });

  it('states JP to one decimal with a decimal comma, never rounded up', () => {
    expect([certificateJp(32), certificateJp(19.95), certificateJp(2.5), certificateJp(0.1 + 0.2)]).toEqual([
      '32 JP',
      '19,9 JP',
      '2,5 JP',
      '0,3 JP',
    ]);
  });
});

describe('the certificate PDF', () => {
  const BASE_URL = 'https://komunitas-pintar.sidoarjokab.go.id';
  const cert: CertificateDocument = {
    number: 'KP/2026/00042',
    verificationCode: '7KQ2MXP9RTAW4HCZ8N',
    holder: {
      name: 'Dr. Ni Luh Putu Ayu Ma’rifatun Nisa’ Widyaningsih Kusumawardhani Puspitasari, S.Kom., M.T.',
      nip: '199203152019032001',
      position: 'Pranata Komputer Ahli Muda',
      opd: 'Dinas Komunikasi dan Informatika',
    },
    activity: {
      title: 'Kelompok Pintar Literasi Data: Dasbor Kinerja Pelayanan Publik',
      form: 'Komunitas belajar',
      organiser: 'BKD Kabupaten Sidoarjo',
      startDate: '2026-09-01',
      endDate: '2026-11-27',
      jp: 19.95,
      result: 'Sangat baik',
      competencies: [
        { name: 'Pelayanan Publik', level: 2 },
        { name: 'Pengelolaan Data dan Statistik Sektoral', level: 3 },
      ],
    },
    issuer: { government: 'Pemerintah Kabupaten Sidoarjo', agency: 'Badan Kepegawaian Daerah' },
    issued: { place: 'Sidoarjo', date: '2026-11-28' },
    signer: { title: 'Kepala Badan Kepegawaian Daerah', name: 'Drs. Ahmad Fauzi, M.Si.', nip: '197001011995031001' },
  };

  /** The PDF read as a person would: its text, and the QR code found on the page drawn as an image. */
  function readPdf(pdf: Buffer): { pages: number; width: number; height: number; text: string; qr: string | null } {
    const file = path.join(testFolder('certificate-'), 'certificate.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../support/read-pdf.mjs'), file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout);
  }

  let read: ReturnType<typeof readPdf>;
  /** The page's text with line breaks as spaces, so wrapped lines read as one. */
  let flat: string;
  beforeAll(async () => {
    const pdf = await renderCertificatePdf(cert, { baseUrl: BASE_URL });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    read = readPdf(pdf);
    flat = read.text.replace(/\s+/g, ' ');
  });

  it('is one A4 landscape page', () => {
    expect(read).toMatchObject({ pages: 1, width: 841.89, height: 595.28 });
  });

  it('shows the holder, the activity, its JP, the competencies, the number, place and date, and the signing official', () => {
    for (const text of [
      'Nomor: KP/2026/00042',
      'NIP 19920315 201903 2 001',
      'Pranata Komputer Ahli Muda, Dinas Komunikasi dan Informatika',
      'Kelompok Pintar Literasi Data: Dasbor Kinerja Pelayanan Publik',
      'Komunitas belajar · 1 September – 27 November 2026 · 19,9 JP',
      'Penyelenggara: BKD Kabupaten Sidoarjo · Hasil: Sangat baik',
      'Pelayanan Publik (level 2), Pengelolaan Data dan Statistik Sektoral (level 3)',
      'Sidoarjo, 28 November 2026',
      'Kepala Badan Kepegawaian Daerah',
      'Drs. Ahmad Fauzi, M.Si.',
      'NIP 19700101 199503 1 001',
      'Kode: 7KQ2MX-P9RTAW-4HCZ8N',
    ]) {
      expect(flat).toContain(text);
    }
    // The letter-spaced headings read back with spaces of their own.
    expect(flat.replace(/\s/g, '')).toMatch(/^PEMERINTAHKABUPATENSIDOARJOBADANKEPEGAWAIANDAERAHSERTIFIKATNomor/);
  });

  it('writes a long name whole, over two lines, with its Indonesian punctuation', () => {
    const nameLines = read.text.split('\n').filter((l) => l.includes('Ma’rifatun') || l.includes('Puspitasari'));
    expect(nameLines.join(' ').replace(/\s+/g, ' ')).toContain(cert.holder.name);
    expect(read.text).not.toContain('…');
    expect(read.text.split('\n').some((l) => l.trim() === cert.holder.name)).toBe(false);
  });

  it('carries a QR code that opens the public verification page', () => {
    expect(read.qr).toBe(`${BASE_URL}/verify/7KQ2MXP9RTAW4HCZ8N`);
  });
});
