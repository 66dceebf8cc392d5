import fs from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { createStorage, type FileStorage } from '../../../api/src/modules/file/file-storage';
import { Role } from '../../../api/src/common/role';
import { makeUser, TEST_PASSWORD } from '../../support/factories';
import { postGraphql, setupTestApp, testFolder } from '../../support/test-app';

/** A real S3-compatible server (s3rver) on a free port, keeping objects in a temporary folder. */
async function startS3() {
  const directory = testFolder('s3-');
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = (await server.run()) as unknown as { port: number };
  const s3 = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'komunitas-pintar',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  const client = new S3Client({ ...s3, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  await client.send(new CreateBucketCommand({ Bucket: s3.bucket }));
  return { s3, directory, stop: () => server.close() };
}

let s3: Awaited<ReturnType<typeof startS3>>;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(() => s3.stop());

describe.each([
  ['disk', () => createStorage({ storage: 'disk', uploadDir: testFolder('disk-'), s3: s3.s3 })],
  ['s3', () => createStorage({ storage: 's3', uploadDir: '', s3: s3.s3 })],
])('%s storage', (_, make) => {
  let storage: FileStorage;
  beforeAll(() => {
    storage = make();
  });

  it('keeps bytes under a key, reads them back and removes them', async () => {
    await storage.put('2026/11/4f1c2b', Buffer.from('isi berkas'), 'text/plain');
    expect(await text(await storage.read('2026/11/4f1c2b'))).toBe('isi berkas');
    await storage.remove('2026/11/4f1c2b');
    await expect(storage.read('2026/11/4f1c2b')).rejects.toThrow();
  });

  it('refuses keys that could leave its folder', async () => {
    await expect(storage.put('../luar', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Bad storage key/);
  });
});

it('the app stores uploads in the bucket when STORAGE is s3', async () => {
  const t = await setupTestApp({ storage: 's3', s3: s3.s3 });
  try {
    const base = await t.http();
    await makeUser(t.em(), [Role.TRAINER], { username: 'pelatih-s3' });
    const login = await postGraphql(base, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'pelatih-s3', password: TEST_PASSWORD },
    });
    const auth = { authorization: `Bearer ${login.body.data!.login.token}` };
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4 di bucket']), 'bucket.pdf');
    const uploaded = (await (await fetch(`${base}/files`, { method: 'POST', body: form, headers: auth })).json()) as { url: string };
    const res = await fetch(`${base}${uploaded.url}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('%PDF-1.4 di bucket');
    const stored = fs.readdirSync(path.join(s3.directory, 'komunitas-pintar'), { recursive: true });
    expect(stored.length).toBeGreaterThan(0);
  } finally {
    await t.close();
  }
});
