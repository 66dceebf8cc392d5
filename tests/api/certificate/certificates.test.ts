import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { type Clock, fixedClock } from '../../../api/src/common/dates';
import { emitDomainEvent } from '../../../api/src/common/events';
import { Role } from '../../../api/src/common/role';
import { ormConfig } from '../../../api/src/db/orm.config';
import { AuditEntry } from '../../../api/src/modules/audit/audit-entry.entity';
import { Certificate } from '../../../api/src/modules/certificate/certificate.entity';
import { issueCertificate } from '../../../api/src/modules/certificate/issue-certificate';
import { CertificateSource } from '../../../api/src/modules/certificate/certificate.enums';
import { VERIFY_LIMIT_PER_MINUTE } from '../../../api/src/modules/certificate/certificate.resolver';
import { creditLedger } from '../../../api/src/modules/record/ledger.service';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { RecordSource, RecordStatus } from '../../../api/src/modules/record/record.enums';
import { workerDatabaseUrl } from '../../support/databases';
import { anOpd, makeEmployee, makeUser, supervise, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, postGraphql, setupTestApp, type TestApp, testFolder } from '../../support/test-app';
import { COMPLETE, ENROLL, MODULE, measure, publishedModule } from '../learning/support';

const CERT_FIELDS = `id number verificationCode holderName holderNip positionName opdName title formName organiser startDate endDate jp result
  competencies { name level } place issuedOn status revokedAt revokedReason source verifyUrl pdfUrl viewerCan { download revoke } employee { id }`;
const CERTIFICATES = `query Certificates($filter: CertificateFilter, $page: PageInput) { certificates(filter: $filter, page: $page) { total items { ${CERT_FIELDS} } } }`;
const CERTIFICATE = `query Certificate($id: ID!) { certificate(id: $id) { ${CERT_FIELDS} } }`;
const VERIFY = `query VerifyCertificate($input: VerifyCertificateInput!) { verifyCertificate(input: $input) { status revokedOn holderName maskedNip activity jp issuedOn } }`;
const REVOKE = `mutation RevokeCertificate($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { ${CERT_FIELDS} } }`;
const ISSUE_CLAIM = `mutation IssueClaimCertificate($input: IssueClaimCertificateInput!) { issueClaimCertificate(input: $input) { ${CERT_FIELDS} } }`;
const SETTINGS = `query CertificateSettings { certificateSettings { numberFormat baseUrl government agency place signerTitle signerName signerNip } }`;
const UPDATE_SETTINGS = `mutation UpdateCertificateSettings($input: UpdateCertificateSettingsInput!) { updateCertificateSettings(input: $input) { numberFormat baseUrl signerName } }`;
const CLAIM = `mutation CreateLearningClaim($input: LearningClaimInput!) { createLearningClaim(input: $input) { id } }`;
const APPROVE_CLAIM = `mutation ApproveLearningClaim($input: ApproveClaimInput!) { approveLearningClaim(input: $input) { id status } }`;

const YEAR = new Date().getFullYear();
let t: TestApp;
let trainer: TestUser;
let learner: TestUser;
let colleague: TestUser;
let supervisor: TestUser;
let otherSupervisor: TestUser;
let committee: TestUser;
let admin: TestUser;
let seq = 0;
let learnerNip: string;

const SETTINGS_INPUT = {
  numberFormat: 'KP/{year}/{seq:05}',
  baseUrl: 'https://kp.sidoarjokab.go.id',
  government: 'Pemerintah Kabupaten Sidoarjo',
  agency: 'Badan Kepegawaian Daerah',
  place: 'Sidoarjo',
  signerTitle: 'Kepala Badan Kepegawaian Daerah Kabupaten Sidoarjo',
  signerName: 'Drs. Ahmad Fauzi, M.Si.',
  signerNip: '197001011995031001',
};

beforeAll(async () => {
  t = await setupTestApp();
  const em = t.em();
  trainer = await makeUser(em, [Role.TRAINER]);
  const dewi = await makeEmployee(em, { opdCode: 'DISKOMINFO', name: 'Dewi Lestari, S.Kom.' });
  learnerNip = dewi.nip;
  learner = await makeUser(em, [Role.LEARNER], { employee: dewi });
  colleague = await makeUser(em, [Role.LEARNER]);
  supervisor = await makeUser(em, [Role.SUPERVISOR]);
  otherSupervisor = await makeUser(em, [Role.SUPERVISOR]);
  committee = await makeUser(em, [Role.COMMITTEE]);
  admin = await makeUser(em, [Role.ADMIN], { withEmployee: false });
  await supervise(em, supervisor, [await anOpd(em, 'DISKOMINFO')]);
  await supervise(em, otherSupervisor, [await anOpd(em, 'DINKES')]);
  expect((await t.gql(UPDATE_SETTINGS, { input: SETTINGS_INPUT }, admin.actor)).errors).toBeUndefined();
});
afterAll(() => t.close());

const employeeId = (u: TestUser) => u.user.employee!.id;

/** A JP record of a group's attended time for the employee (what community credits before it emits the event). */
async function groupRecord(employee: string, groupId: string, em = t.em()): Promise<string> {
  seq++;
  const { record } = await em.transactional((tx) =>
    creditLedger(tx, {
      employeeId: employee,
      source: RecordSource.GROUP,
      sourceId: groupId,
      formId: 23,
      title: `Kelompok Pintar Literasi Digital ${seq}`,
      organiser: 'Diskominfo Kabupaten Sidoarjo',
      // A day of its own, so the daily cap of the form leaves each record its 2 JP.
      startDate: day(seq),
      endDate: day(seq),
      minutes: 120,
      claimedJp: 2,
    }),
  );
  return record.id;
}

/** The n-th day of 2026 (from 2 January). */
function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function groupCompleted(
  employee: string,
  groupId: string,
  clock: Clock = fixedClock('2026-11-28T03:00:00Z'),
  score: number | null = 88,
) {
  const recordId = await groupRecord(employee, groupId);
  await t
    .em()
    .transactional((em) =>
      emitDomainEvent(
        'groupMemberCompleted',
        { groupId, employeeId: employee, learningRecordId: recordId, completedAt: clock.now(), score },
        { em, clock },
      ),
    );
  return t.em().findOneOrFail(Certificate, { employee, source: CertificateSource.GROUP, sourceId: groupId });
}

describe('issuing', () => {
  it('a certifying module completed issues one certificate with the module’s competencies; a plain module none', async () => {
    const certifying = await publishedModule(t, trainer.actor, 'SERT-01', { certifying: true, title: 'Pengadaan Barang/Jasa Pemerintah' });
    const plain = await publishedModule(t, trainer.actor, 'BIASA-01');
    for (const moduleId of [certifying, plain]) {
      await t.gql(ENROLL, { input: { moduleId } }, learner.actor);
      const module = (await t.gql(MODULE, { id: moduleId }, learner.actor)).data!.courseModule;
      // E-learning credits the time measured on the lessons: each lesson's 45 minutes, today.
      const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
      for (const section of module.sections)
        for (const lesson of section.lessons) await measure(t, learner.user.employee!.id, lesson.id, today, 45);
      for (const section of module.sections)
        for (const lesson of section.lessons) await t.gql(COMPLETE, { input: { lessonId: lesson.id } }, learner.actor);
    }
    const mine = (await t.gql(CERTIFICATES, { filter: { source: 'MODULE' } }, learner.actor)).data!.certificates;
    expect(mine.total).toBe(1);
    const cert = mine.items[0];
    expect(cert).toMatchObject({
      title: 'Pengadaan Barang/Jasa Pemerintah',
      holderName: 'Dewi Lestari, S.Kom.',
      holderNip: learnerNip,
      opdName: 'Dinas Komunikasi dan Informatika',
      formName: 'E-learning',
      jp: 2,
      status: 'VALID',
      place: 'Sidoarjo',
      viewerCan: { download: true, revoke: false },
      pdfUrl: `/certificates/${cert.id}/pdf`,
    });
    expect(cert.number).toMatch(new RegExp(`^KP/${YEAR}/\\d{5}$`));
    expect(cert.verifyUrl).toBe(`https://kp.sidoarjokab.go.id/verify/${cert.verificationCode}`);
  });

  it('a group member’s completion issues a certificate once, however often the event comes', async () => {
    const group = uuid(9001);
    const first = await groupCompleted(employeeId(learner), group);
    expect(first).toMatchObject({
      source: 'GROUP',
      result: 'Nilai 88',
      jp: 2,
      formName: 'Komunitas belajar',
      organiser: 'Diskominfo Kabupaten Sidoarjo',
      issuedOn: '2026-11-28',
    });
    const recordId = first.learningRecordId!;
    await t
      .em()
      .transactional((em) =>
        emitDomainEvent(
          'groupMemberCompleted',
          { groupId: group, employeeId: employeeId(learner), learningRecordId: recordId, completedAt: new Date(0), score: 88 },
          { em, clock: fixedClock('2026-11-29T03:00:00Z') },
        ),
      );
    expect(await t.em().count(Certificate, { employee: employeeId(learner), sourceId: group })).toBe(1);
  });

  it('a failure after the issue rolls the number back: the next one takes it, leaving no gap', async () => {
    const clock = fixedClock('2041-05-05T03:00:00Z');
    const employee = employeeId(learner);
    const recordId = await groupRecord(employee, uuid(9101));
    await expect(
      t.em().transactional(async (em) => {
        await issueCertificate(em, clock, {
          employeeId: employee,
          source: CertificateSource.GROUP,
          sourceId: uuid(9101),
          learningRecordId: recordId,
        });
        throw new Error('the command failed after issuing');
      }),
    ).rejects.toThrow('the command failed');
    const issued = await t.em().transactional((em) =>
      issueCertificate(em, clock, {
        employeeId: employee,
        source: CertificateSource.GROUP,
        sourceId: uuid(9101),
        learningRecordId: recordId,
      }),
    );
    expect(issued.certificate.number).toBe('KP/2041/00001');
  });

  it('numbers 200 concurrent issues from two API processes on one database without a gap or a repeat', async () => {
    const clock = fixedClock('2042-03-03T03:00:00Z');
    const employees = await Promise.all(Array.from({ length: 20 }, () => makeEmployee(t.em())));
    // 200 group records written at once (the ledger's own rules are tested elsewhere).
    const em = t.em();
    const jobs = Array.from({ length: 200 }, (_, i) => {
      const employee = employees[i % 20].id;
      const sourceId = uuid(20_000 + i);
      const record = em.create(LearningRecord, {
        employee,
        source: RecordSource.GROUP,
        sourceId,
        form: 23,
        title: `Kelompok Pintar ${i}`,
        startDate: '2042-02-02',
        endDate: '2042-02-02',
        minutes: 90,
        jp: 2,
        year: 2042,
        status: RecordStatus.APPROVED,
      });
      return { employeeId: employee, sourceId, recordId: record.id };
    });
    await em.flush();
    // A second ORM with a pool of its own, as a second API process has.
    const other = await MikroORM.init(ormConfig({ clientUrl: workerDatabaseUrl(), poolMax: 4 }));
    try {
      const issued = await Promise.all(
        jobs.map((job, i) =>
          (i % 2 ? other.em : t.orm.em).fork().transactional((em) =>
            issueCertificate(em, clock, {
              employeeId: job.employeeId,
              source: CertificateSource.GROUP,
              sourceId: job.sourceId,
              learningRecordId: job.recordId,
            }),
          ),
        ),
      );
      const numbers = issued.map((r) => r.certificate.number).sort();
      expect(new Set(numbers).size).toBe(200);
      expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `KP/2042/${String(i + 1).padStart(5, '0')}`));
    } finally {
      await other.close(true);
    }
  }, 180_000);
});

describe('who sees which certificates', () => {
  let certId: string;
  beforeAll(async () => {
    certId = (await groupCompleted(employeeId(learner), uuid(9201))).id;
  });

  it('is refused when logged out', async () => {
    expect(errorCode(await t.gql(CERTIFICATES, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CERTIFICATE, { id: certId }))).toBe('UNAUTHENTICATED');
  });

  it('the holder, their supervisor, committee and admins read it; others are told it does not exist', async () => {
    for (const who of [learner, supervisor, committee, admin])
      expect((await t.gql(CERTIFICATE, { id: certId }, who.actor)).data?.certificate.id).toBe(certId);
    for (const who of [colleague, otherSupervisor, trainer])
      expect(errorCode(await t.gql(CERTIFICATE, { id: certId }, who.actor))).toBe('NOT_FOUND');
    expect((await t.gql(CERTIFICATES, {}, colleague.actor)).data!.certificates.total).toBe(0);
    expect((await t.gql(CERTIFICATES, {}, otherSupervisor.actor)).data!.certificates.total).toBe(0);
  });

  it('the register finds certificates by number, name or NIP', async () => {
    const cert = (await t.gql(CERTIFICATE, { id: certId }, admin.actor)).data!.certificate;
    const find = async (search: string) =>
      (await t.gql(CERTIFICATES, { filter: { search }, page: { offset: 0, limit: 50 } }, admin.actor)).data!.certificates.items.map(
        (c: { id: string }) => c.id,
      );
    expect(await find(cert.number)).toEqual([certId]);
    expect(await find('dewi lestari')).toContain(certId);
    expect(await find(cert.holderNip)).toContain(certId);
    expect(await find('Tidak Ada Nama Seperti Ini')).toEqual([]);
    expect(fieldErrors(await t.gql(CERTIFICATES, { filter: { search: 'x'.repeat(200) } }, admin.actor))).toEqual([
      { field: 'search', rule: 'maxLength' },
    ]);
  });
});

describe('public verification', () => {
  it('shows a valid certificate’s status, name, masked NIP, activity, JP and date, and nothing more', async () => {
    const cert = await groupCompleted(employeeId(learner), uuid(9301));
    const result = await t.gql(VERIFY, { input: { code: cert.verificationCode.toLowerCase().replace(/(.{6})(?=.)/g, '$1-') } });
    expect(result.errors).toBeUndefined();
    const nip = learnerNip;
    expect(result.data!.verifyCertificate).toEqual({
      status: 'VALID',
      revokedOn: null,
      holderName: 'Dewi Lestari, S.Kom.',
      maskedNip: `${nip.slice(0, 4)}**** ****** * ${nip.slice(15)}`,
      activity: cert.title,
      jp: 2,
      issuedOn: '2026-11-28',
    });
    // The type itself holds no more: no full NIP, OPD, position or id to ask for.
    for (const field of ['holderNip', 'opdName', 'positionName', 'id', 'employee', 'number']) {
      expect(errorCode(await t.gql(`query { verifyCertificate(input: { code: "${cert.verificationCode}" }) { ${field} } }`))).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    }
  });

  it('shows a revoked certificate revoked, with the date; an unknown or malformed code finds nothing', async () => {
    const cert = await groupCompleted(employeeId(learner), uuid(9302));
    expect(
      (await t.gql(REVOKE, { input: { certificateId: cert.id, reason: 'Kehadiran tidak memenuhi syarat' } }, admin.actor)).errors,
    ).toBeUndefined();
    const revoked = (await t.gql(VERIFY, { input: { code: cert.verificationCode } })).data!.verifyCertificate;
    expect(revoked).toMatchObject({ status: 'REVOKED', holderName: 'Dewi Lestari, S.Kom.' });
    expect(revoked.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await t.gql(VERIFY, { input: { code: '23456789ABCDEFGHJK' } })).data!.verifyCertificate).toBeNull();
    expect((await t.gql(VERIFY, { input: { code: 'bukan kode' } })).data!.verifyCertificate).toBeNull();
  });

  it('is rate limited per address over HTTP', async () => {
    const base = await t.http();
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    let last;
    for (let i = 0; i <= VERIFY_LIMIT_PER_MINUTE; i++)
      last = await postGraphql(base, VERIFY, { input: { code: '23456789ABCDEFGHJK' } }, headers);
    expect(last!.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
  });
});

describe('revocation', () => {
  it('only administrators revoke, with a reason; it is audited and cannot be repeated', async () => {
    const cert = await groupCompleted(employeeId(learner), uuid(9401));
    expect(errorCode(await t.gql(REVOKE, { input: { certificateId: cert.id, reason: 'x' } }))).toBe('UNAUTHENTICATED');
    for (const who of [learner, supervisor, committee])
      expect(errorCode(await t.gql(REVOKE, { input: { certificateId: cert.id, reason: 'x' } }, who.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(REVOKE, { input: { certificateId: cert.id, reason: '  ' } }, admin.actor))).toEqual([
      { field: 'reason', rule: 'REQUIRED' },
    ]);
    const revoked = (await t.gql(REVOKE, { input: { certificateId: cert.id, reason: 'Diterbitkan untuk orang yang salah' } }, admin.actor))
      .data!.revokeCertificate;
    expect(revoked).toMatchObject({
      status: 'REVOKED',
      revokedReason: 'Diterbitkan untuk orang yang salah',
      viewerCan: { download: true, revoke: false },
    });
    expect(await t.em().find(AuditEntry, { subjectId: cert.id })).toEqual([
      expect.objectContaining({
        action: 'certificate.revoke',
        actorUserId: admin.user.id,
        employeeId: employeeId(learner),
        purpose: 'Diterbitkan untuk orang yang salah',
      }),
    ]);
    expect(errorCode(await t.gql(REVOKE, { input: { certificateId: cert.id, reason: 'lagi' } }, admin.actor))).toBe('CONFLICT');
    expect((await t.gql(CERTIFICATE, { id: cert.id }, learner.actor)).data!.certificate.viewerCan).toEqual({
      download: false,
      revoke: false,
    });
  });
});

describe('certificates for claims', () => {
  it('an administrator issues one for an approved claim, once; not for a claim waiting for approval', async () => {
    const file = await t
      .em()
      .getConnection()
      .execute(
        `insert into stored_file (name, mime_type, size, storage_key, sha256, uploaded_by_id) values ('s.pdf', 'application/pdf', 1, ?, 'x', ?) returning id`,
        [`test/cert-${Date.now()}`, learner.user.id],
      );
    const claim = await t.gql(
      CLAIM,
      {
        input: {
          formId: 9,
          title: 'Seminar Nasional SPBE',
          startDate: '2026-02-02',
          endDate: '2026-02-03',
          funding: 'APBD',
          evidence: [{ fileId: file[0].id, kind: 'OTHER' }],
        },
      },
      learner.actor,
    );
    const claimId = claim.data!.createLearningClaim.id;
    expect(errorCode(await t.gql(ISSUE_CLAIM, { input: { claimId } }, admin.actor))).toBe('CONFLICT');
    expect(errorCode(await t.gql(ISSUE_CLAIM, { input: { claimId } }, supervisor.actor))).toBe('FORBIDDEN');
    expect((await t.gql(APPROVE_CLAIM, { input: { claimId } }, supervisor.actor)).data!.approveLearningClaim.status).toBe('APPROVED');
    const issued = await t.gql(ISSUE_CLAIM, { input: { claimId } }, admin.actor);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueClaimCertificate).toMatchObject({
      source: 'CLAIM',
      title: 'Seminar Nasional SPBE',
      jp: 8,
      formName: 'Seminar / konferensi / sarasehan',
    });
    expect(errorCode(await t.gql(ISSUE_CLAIM, { input: { claimId } }, admin.actor))).toBe('CONFLICT');
    expect(await t.em().count(AuditEntry, { action: 'certificate.issueForClaim', employeeId: employeeId(learner) })).toBe(1);
  });
});

describe('settings', () => {
  it('only administrators read and change them; a bad number format is refused with its rule', async () => {
    expect(errorCode(await t.gql(SETTINGS, {}, learner.actor))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE_SETTINGS, { input: SETTINGS_INPUT }, supervisor.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(UPDATE_SETTINGS, { input: { ...SETTINGS_INPUT, numberFormat: 'KP/{seq}' } }, admin.actor))).toEqual([
      { field: 'numberFormat', rule: 'NUMBER_FORMAT_YEAR' },
    ]);
    expect(
      fieldErrors(await t.gql(UPDATE_SETTINGS, { input: { ...SETTINGS_INPUT, baseUrl: 'javascript:alert(1)' } }, admin.actor)),
    ).toEqual([{ field: 'baseUrl', rule: 'matches' }]);
    expect((await t.gql(SETTINGS, {}, admin.actor)).data!.certificateSettings).toEqual(SETTINGS_INPUT);
  });

  it('a new number format applies to the next certificate, and the numbers still run on', async () => {
    const clock = fixedClock('2043-01-10T03:00:00Z');
    const a = await groupCompleted(employeeId(learner), uuid(9501), clock);
    expect(
      (await t.gql(UPDATE_SETTINGS, { input: { ...SETTINGS_INPUT, numberFormat: '800/{seq:03}/BKD/{year}' } }, admin.actor)).errors,
    ).toBeUndefined();
    try {
      const b = await groupCompleted(employeeId(learner), uuid(9502), clock);
      expect([a.number, b.number]).toEqual(['KP/2043/00001', '800/002/BKD/2043']);
    } finally {
      await t.gql(UPDATE_SETTINGS, { input: SETTINGS_INPUT }, admin.actor);
    }
  });
});

describe('the PDF download', () => {
  /** The PDF read as a person would: its text, and the QR code on the page. */
  function readPdf(pdf: Buffer): { text: string; qr: string | null; width: number; height: number } {
    const file = path.join(testFolder('certificate-'), 'certificate.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../support/read-pdf.mjs'), file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout);
  }

  it('gives the holder an A4 landscape PDF whose text and QR code read back; others get nothing', async () => {
    const cert = await groupCompleted(employeeId(learner), uuid(9601));
    const base = await t.http();
    const login = async (u: TestUser) =>
      (
        await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
          input: { username: u.user.username, password: TEST_PASSWORD },
        })
      ).body.data!.login.token as string;
    const url = `${base}/certificates/${cert.id}/pdf`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${await login(colleague)}` } })).status).toBe(404);
    const res = await fetch(url, { headers: { authorization: `Bearer ${await login(learner)}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const read = readPdf(Buffer.from(await res.arrayBuffer()));
    expect(Math.round(read.width)).toBe(842);
    expect(Math.round(read.height)).toBe(595);
    const flat = read.text.replace(/\s+/g, ' ');
    for (const text of [
      `Nomor: ${cert.number}`,
      'Dewi Lestari, S.Kom.',
      cert.title,
      'Komunitas belajar',
      '2 JP',
      'Drs. Ahmad Fauzi, M.Si.',
      'Sidoarjo, 28 November 2026',
    ]) {
      expect(flat).toContain(text);
    }
    expect(read.qr).toBe(`https://kp.sidoarjokab.go.id/verify/${cert.verificationCode}`);
  });
});
