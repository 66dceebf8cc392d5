import { Role } from '../../../api/src/common/role';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { anOpd, makeUser, supervise, TEST_PASSWORD, type TestUser } from '../../support/factories';
import { postGraphql, setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, moduleInput, PUBLISH } from '../learning/support';

let t: TestApp;
let base: string;
let trainer: TestUser;
let learner: TestUser;
const tokens = new Map<string, string>();

beforeAll(async () => {
  t = await setupTestApp({ maxUploadBytes: 1024 * 1024 });
  base = await t.http();
  trainer = await makeUser(t.em(), [Role.TRAINER], { username: 'pelatih-berkas' });
  learner = await makeUser(t.em(), [Role.LEARNER], { username: 'peserta-berkas' });
});
afterAll(() => t.close());

async function auth(user: TestUser): Promise<Record<string, string>> {
  if (!tokens.has(user.user.username)) {
    const res = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: user.user.username, password: TEST_PASSWORD },
    });
    tokens.set(user.user.username, res.body.data!.login.token);
  }
  return { authorization: `Bearer ${tokens.get(user.user.username)}` };
}

async function upload(name: string, content: Buffer | string, headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  const res = await fetch(`${base}/files`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('uploads', () => {
  it('are refused when logged out', async () => {
    const res = await upload('materi.pdf', '%PDF-1.4', {});
    expect(res).toEqual({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'You must be logged in' } } });
  });

  it('refuse types outside the allow-list and files over the size limit', async () => {
    const exe = await upload('program.exe', 'MZ', await auth(trainer));
    expect(exe.status).toBe(400);
    expect(exe.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', rule: 'FILE_TYPE' });
    const big = await upload('besar.pdf', Buffer.alloc(1024 * 1024 + 1), await auth(trainer));
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'FILE_SIZE' });
    const none = await fetch(`${base}/files`, { method: 'POST', body: new FormData(), headers: await auth(trainer) });
    expect(none.status).toBe(400);
  });

  it('answer a malformed multipart body with 400 and rule MULTIPART, never 500', async () => {
    const headers = await auth(trainer);
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob(['%PDF-1.4']), 'satu.pdf');
    twoFiles.append('file', new Blob(['%PDF-1.4']), 'dua.pdf');
    const wrongField = new FormData();
    wrongField.append('berkas', new Blob(['%PDF-1.4']), 'materi.pdf');
    const boundary = 'batas123';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="materi.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 isi`;
    const raw: [string, BodyInit, Record<string, string>][] = [
      ['two files', twoFiles, {}],
      ['a wrong field name', wrongField, {}],
      ['a truncated body', part, { 'content-type': `multipart/form-data; boundary=${boundary}` }],
      ['no boundary', `${part}\r\n--${boundary}--\r\n`, { 'content-type': 'multipart/form-data' }],
      [
        'a broken part header',
        `--${boundary}\r\nContent-Disposition form-data\r\n\r\nx\r\n--${boundary}--\r\n`,
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
      ],
    ];
    for (const [what, body, extra] of raw) {
      const res = await fetch(`${base}/files`, { method: 'POST', body, headers: { ...headers, ...extra } });
      const answer = (await res.json()) as { error: { code: string; rule?: string } };
      expect({ what, status: res.status, code: answer.error.code }).toEqual({ what, status: 400, code: 'BAD_USER_INPUT' });
      expect(['MULTIPART', 'REQUIRED']).toContain(answer.error.rule);
    }
  });

  it('on the session cookie need the site’s own header and no foreign Origin; bearer clients need neither', async () => {
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { username: 'pelatih-berkas', password: TEST_PASSWORD } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const host = new URL(base).host;
    const withCookie = (headers: Record<string, string>) => upload('materi.pdf', '%PDF-1.4', { cookie, ...headers });
    const noHeader = await withCookie({});
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('x-requested-with') });
    const foreign = await withCookie({ 'x-requested-with': 'komunitas-pintar', origin: 'https://penyerang.example' });
    expect(foreign.status).toBe(403);
    expect((await withCookie({ 'x-requested-with': 'komunitas-pintar', origin: 'null' })).status).toBe(403);
    expect((await withCookie({ 'x-requested-with': 'komunitas-pintar', origin: `http://${host}` })).status).toBe(201);
    expect((await withCookie({ 'x-requested-with': 'komunitas-pintar' })).status).toBe(201);
    expect((await upload('materi.pdf', '%PDF-1.4', await auth(trainer))).status).toBe(201);
  });

  it('are served to the uploader, and to learners only once a published module uses them', async () => {
    const uploaded = await upload('Panduan SPBE.pdf', '%PDF-1.4 panduan', await auth(trainer));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'Panduan SPBE.pdf', mimeType: 'application/pdf', size: 16 });
    const url = `${base}${uploaded.body.url}`;

    const own = await fetch(url, { headers: await auth(trainer) });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await own.text()).toBe('%PDF-1.4 panduan');

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: await auth(learner) })).status).toBe(404);

    const lessons = [{ title: 'Unduh panduan', kind: 'FILE', fileId: uploaded.body.id, durationMinutes: 90 }];
    const created = await t.gql(CREATE, { input: { ...moduleInput('FILE-1'), sections: [{ title: 'Berkas', lessons }] } }, trainer.actor);
    const moduleId = created.data!.createCourseModule.id;
    expect((await fetch(url, { headers: await auth(learner) })).status).toBe(404); // a draft uses it
    await t.gql(PUBLISH, { input: { id: moduleId } }, trainer.actor);
    const served = await fetch(url, { headers: await auth(learner) });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''Panduan%20SPBE.pdf");
  });

  it('answer 404 for unknown or malformed ids', async () => {
    expect((await fetch(`${base}/files/00000000-0000-4000-8000-000000000000`, { headers: await auth(trainer) })).status).toBe(404);
    expect((await fetch(`${base}/files/..%2F..%2Fetc%2Fpasswd`, { headers: await auth(trainer) })).status).toBe(404);
  });

  it('authors may use only their own uploads; admins any', async () => {
    const other = await makeUser(t.em(), [Role.TRAINER], { username: 'pelatih-lain' });
    const admin = await makeUser(t.em(), [Role.ADMIN], { username: 'admin-berkas' });
    const theirs = await upload('rahasia.pdf', '%PDF milik orang lain', await auth(learner));
    const lessons = [{ title: 'Curian', kind: 'FILE', fileId: theirs.body.id }];
    const stolen = await t.gql(
      CREATE,
      { input: { ...moduleInput('FILE-3'), coverFileId: theirs.body.id, sections: [{ title: 'Berkas', lessons }] } },
      other.actor,
    );
    expect(stolen.errors![0].extensions!.fields.map((f: { field: string; rule: string }) => [f.field, f.rule])).toEqual([
      ['coverFileId', 'NOT_FOUND'],
      ['sections.0.lessons.0.fileId', 'NOT_FOUND'],
    ]);
    const byAdmin = await t.gql(CREATE, { input: { ...moduleInput('FILE-4'), sections: [{ title: 'Berkas', lessons }] } }, admin.actor);
    expect(byAdmin.errors).toBeUndefined();
  });

  it('lessons point at files that must exist', async () => {
    const lessons = [{ title: 'Hilang', kind: 'FILE', fileId: '00000000-0000-4000-8000-000000000000' }];
    const result = await t.gql(CREATE, { input: { ...moduleInput('FILE-2'), sections: [{ title: 'Berkas', lessons }] } }, trainer.actor);
    expect(result.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'sections.0.lessons.0.fileId', rule: 'NOT_FOUND' }),
    ]);
  });
});

describe('evidence files of competency assessments', () => {
  const RECORD = `mutation($input: RecordAssessmentInput!) { recordCompetencyAssessment(input: $input) { id evidenceFile { id name url } } }`;

  it('are readable by whoever may see the employee’s competencies, and must be the recorder’s own upload', async () => {
    const m01 = await t.em().findOneOrFail(Competency, { code: 'M.01' });
    const owner = await makeUser(t.em(), [Role.LEARNER], { username: 'pemilik-sertifikat' });
    const colleague = await makeUser(t.em(), [Role.LEARNER], { username: 'rekan-kerja' });
    const supervisor = await makeUser(t.em(), [Role.SUPERVISOR], { username: 'pengawas-berkas' });
    await supervise(t.em(), supervisor, [await anOpd(t.em(), 'DISKOMINFO')]);

    const theirs = await upload('bukan-milik.pdf', '%PDF colleague', await auth(colleague));
    const input = { employeeId: owner.user.employee!.id, competencyId: m01.id, level: 2, method: 'SELF' };
    const foreign = await t.gql(RECORD, { input: { ...input, evidenceFileId: theirs.body.id } }, owner.actor);
    expect(foreign.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'evidenceFileId', rule: 'NOT_FOUND' })]);

    const mine = await upload('sertifikat.pdf', '%PDF certificate', await auth(owner));
    const recorded = await t.gql(RECORD, { input: { ...input, evidenceFileId: mine.body.id } }, owner.actor);
    expect(recorded.data!.recordCompetencyAssessment.evidenceFile).toMatchObject({ name: 'sertifikat.pdf' });
    const url = `${base}${mine.body.url}`;
    expect((await fetch(url, { headers: await auth(supervisor) })).status).toBe(200);
    expect((await fetch(url, { headers: await auth(colleague) })).status).toBe(404);
  });
});
