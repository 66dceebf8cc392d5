import type { Page } from 'playwright-core';
import { CompletedGroup, EvaluationResponse, EvaluationSubmission } from '../../api/src/modules/assessment/evaluation.entity';
import { CommunityGroup } from '../../api/src/modules/community/community-group.entity';
import { GroupStatus } from '../../api/src/modules/community/community.enums';
import { User } from '../../api/src/modules/identity/user.entity';
import { CourseModule } from '../../api/src/modules/learning/course-module.entity';
import { Enrollment } from '../../api/src/modules/learning/enrollment.entity';
import { Employee } from '../../api/src/modules/organisation/employee.entity';
import { seriousViolations } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;

/** Waits until the open dialog has faded in (axe and screenshots read it half-transparent before). */
async function dialogShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialogs = document.querySelectorAll('.MuiDialog-container');
    return dialogs.length > 0 && getComputedStyle(dialogs[dialogs.length - 1]).opacity === '1';
  });
}
let title: string;
let followed: string;

beforeAll(async () => {
  b = await startBrowserTest();
  // Two others evaluated the module the demo learner finished a fortnight ago: hers is the third.
  const em = b.app.em();
  const module = await em.findOneOrFail(CourseModule, { code: 'KOM-01' }, { orderBy: { version: 'desc' } });
  title = module.title;
  for (const [value, comment] of [
    [4, 'Contoh kasusnya dekat dengan pekerjaan kami.'],
    [5, null],
  ] as const) {
    em.create(EvaluationResponse, {
      moduleKey: module.moduleKey,
      answers: { relevan: value, tujuan: value, 'pelatih-menguasai': value, 'pelatih-jelas': value, waktu: 3, rekomendasi: value },
      comment,
    });
  }
  // An employee the demo supervisor follows up completed the spreadsheet module four months ago.
  const supervisor = await em.findOneOrFail(User, { username: 'pengawas' }, { populate: ['supervisedOpds', 'employee'] });
  const employee = await em.findOneOrFail(
    Employee,
    { opd: { $in: supervisor.supervisedOpds.getIdentifiers() as string[] }, id: { $ne: supervisor.employee?.id ?? null } },
    { orderBy: { name: 'asc' } },
  );
  followed = employee.name;
  const data = await em.findOneOrFail(CourseModule, { code: 'DATA-01' }, { orderBy: { version: 'desc' } });
  const completedAt = new Date(Date.now() - 125 * 86_400_000);
  const enrollment = await em.findOne(Enrollment, { employee, module: data });
  if (enrollment) enrollment.completedAt = completedAt;
  else em.create(Enrollment, { employee, module: data, completedAt });
  await em.flush();
});
afterAll(() => b?.close());

describe('evaluations of modules', () => {
  it('a trainer sees only the count while fewer than three answered', async () => {
    const page = await b.page('pelatih', 1280, '/pelatih/evaluasi');
    await expectVisible(page.getByRole('heading', { name: 'Evaluasi modul' }));
    await page.getByRole('button', { name: new RegExp(title) }).click();
    await expectVisible(page.getByTestId('evaluation-withheld'));
    expect(await page.getByText('Contoh kasusnya dekat').count()).toBe(0);
  });

  it('a learner evaluates a module she completed on her phone, and skips another', async () => {
    const page = await b.page('peserta', 375, '/');
    const card = page.getByTestId('evaluation-due');
    await expectVisible(card.getByRole('heading', { name: 'Evaluasi kegiatan belajar yang Anda selesaikan' }));
    await expectVisible(card.getByText(title));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'evaluation-card-phone');

    await card.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Isi evaluasi' }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    await expectVisible(dialog.getByText('1 = sangat tidak setuju, 5 = sangat setuju', { exact: false }));
    for (const group of await dialog.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '4, setuju' }).check();
    await dialog.getByRole('textbox', { name: 'Komentar (opsional)' }).fill('Waktu latihannya perlu ditambah.');
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'evaluation-dialog-phone');
    await dialog.getByRole('button', { name: 'Kirim evaluasi' }).click();
    await expectVisible(page.getByText('Terima kasih, evaluasi terkirim'));
    // The evaluated module leaves the card (on a loaded machine a moment after the thanks).
    await card.getByText(title).waitFor({ state: 'detached' });

    // The other module she finished: she declines, and is not asked again.
    await card
      .getByRole('button', { name: /^Lewati evaluasi/ })
      .first()
      .click();
    await expectVisible(page.getByText('Evaluasi dilewati'));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('evaluation-due').count()).toBe(0);
  });

  it('the trainer sees the aggregate with its chart and the comments without names', async () => {
    for (const width of [1280, 375]) {
      const page = await b.page('pelatih', width, '/pelatih/evaluasi');
      await page.getByRole('button', { name: new RegExp(title) }).click();
      await expectVisible(page.getByText('3 tanggapan').first());
      await expectVisible(
        page
          .getByRole('img', { name: /Rata-rata jawaban per pernyataan/ })
          .locator('svg')
          .first(),
      );
      await expectVisible(page.getByRole('table', { name: 'Hasil per pernyataan' }));
      await expectVisible(page.getByText('Contoh kasusnya dekat dengan pekerjaan kami.'));
      await expectVisible(page.getByText('Waktu latihannya perlu ditambah.'));
      expect(await page.getByText('Dewi').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `evaluation-results-${width}`);
    }
  });

  it('an administrator rewords a statement of the form and adds one', async () => {
    const page = await b.page('admin', 1280, '/pelatih/evaluasi');
    await page.getByRole('link', { name: 'Ubah formulir' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Formulir evaluasi' }));
    await page.getByRole('textbox', { name: 'Pernyataan 3' }).fill('Pelatih menguasai materi dan contoh di lapangan.');
    await page.getByRole('button', { name: 'Tambah pernyataan' }).click();
    await page.getByRole('textbox', { name: 'Pernyataan 7' }).fill('Fasilitas belajar daring memadai.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan formulir' }).click();
    await expectVisible(page.getByText('Formulir tersimpan'));
    await b.screenshot(page, 'evaluation-form');
    await page.reload();
    await expectVisible(page.getByRole('textbox', { name: 'Pernyataan 7' }));
    expect(await page.getByRole('textbox', { name: 'Pernyataan 3' }).inputValue()).toBe('Pelatih menguasai materi dan contoh di lapangan.');
    const phone = await b.page('admin', 375, '/admin/formulir-evaluasi');
    await expectVisible(phone.getByRole('textbox', { name: 'Pernyataan 7' }));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await b.screenshot(phone, 'evaluation-form-phone');
  });

  it('a supervisor answers whether an employee applies a module four months on', async () => {
    for (const width of [375, 1280]) {
      const page = await b.page('pengawas', width, '/');
      const card = page.getByTestId('follow-ups');
      await expectVisible(card.getByRole('heading', { name: 'Tindak lanjut pembelajaran pegawai' }));
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `follow-up-card-${width}`);
      if (width === 1280) {
        await card.getByRole('button', { name: `Jawab tindak lanjut ${followed}, Analisis Data dengan Spreadsheet` }).click();
        const dialog = page.getByRole('dialog');
        await dialogShown(page);
        await dialog.getByRole('textbox', { name: 'Catatan (opsional)' }).fill('Sudah membuat rekap bulanan dengan tabel pivot.');
        // Checked before choosing, while the send button is disabled rather than changing colour.
        expect(await seriousViolations(page)).toEqual([]);
        await dialog.getByRole('radio', { name: 'Sebagian diterapkan' }).check();
        await b.screenshot(page, 'follow-up-dialog');
        await dialog.getByRole('button', { name: 'Kirim' }).click();
        await expectVisible(page.getByText('Tindak lanjut tersimpan'));
        await page
          .getByRole('button', { name: `Jawab tindak lanjut ${followed}, Analisis Data dengan Spreadsheet` })
          .waitFor({ state: 'detached' });
      }
    }
  });
});

describe('evaluations of a completed group', () => {
  let groupId: string;
  let groupName: string;
  /** The participant who evaluates in the browser, and another one (names never shown with answers). */
  let participant: Employee;
  let other: Employee;
  /** A participant who declines to evaluate. */
  let decliner: Employee;

  beforeAll(async () => {
    const em = b.app.em();
    const group = await em.findOneOrFail(CommunityGroup, { status: GroupStatus.COMPLETED });
    groupId = group.id;
    groupName = group.name;
    const kept = await em.findOneOrFail(CompletedGroup, group.id);
    // The group learned from the demo's module with a pre-test and a post-test, which some of its members took.
    const tested = await em.findOneOrFail(CourseModule, { code: 'AKH-01' }, { orderBy: { version: 'desc' } });
    await em
      .getConnection()
      .execute('insert into community_group_material (community_group_id, course_module_id) values (?, ?)', [group.id, tested.id]);
    kept.materialModuleIds = [tested.id];
    await em.flush();
    const people = await em.find(Employee, { id: { $in: kept.participantIds } }, { orderBy: { nip: 'asc' } });
    // The demo data: the first three participants by NIP evaluated it already; hers is the fourth.
    [participant, other, decliner] = [people[people.length - 1], people[0], people[people.length - 2]];
    expect(people.length).toBeGreaterThanOrEqual(5);
    expect(await em.count(EvaluationSubmission, { group: kept.id })).toBe(3);
  });

  it('a participant evaluates the group on her phone, once', async () => {
    // Her home page lists the group among the evaluations due and takes her to the group's page.
    const page = await b.page(participant.nip, 375, '/');
    const due = page.getByTestId('evaluation-due');
    await expectVisible(due.getByText(groupName));
    await expectVisible(due.getByText(/^Kelompok komunitas · selesai /));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'evaluation-card-group-phone');
    await due.getByRole('link', { name: `Isi evaluasi kelompok ${groupName}` }).click();
    await page.waitForURL(`**/kelompok/${groupId}`);
    await expectVisible(page.getByRole('heading', { name: groupName }));
    const card = page.getByTestId('group-evaluation');
    await expectVisible(card.getByRole('heading', { name: 'Evaluasi kelompok' }));
    expect(await page.getByTestId('group-evaluation-results').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'group-evaluation-card-phone');

    // She may also decline here.
    await expectVisible(card.getByRole('button', { name: `Lewati evaluasi kelompok ${groupName}` }));
    await card.getByRole('button', { name: 'Evaluasi kelompok', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    await expectVisible(dialog.getByText('pelatih dan pengawas kelompok hanya melihat ringkasannya', { exact: false }));
    // The form's statements fit a group: they speak of "this learning", not of a module.
    await expectVisible(dialog.getByText('Materi kegiatan belajar ini relevan dengan pekerjaan saya.'));
    expect(await dialog.getByText(/modul/i).count()).toBe(0);
    for (const group of await dialog.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '4, setuju' }).check();
    await dialog.getByRole('textbox', { name: 'Komentar (opsional)' }).fill('Jadwal sesinya sebaiknya diumumkan lebih awal.');
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'group-evaluation-dialog-phone');
    await dialog.getByRole('button', { name: 'Kirim evaluasi' }).click();
    await expectVisible(card.getByText('Terima kasih, evaluasi Anda untuk kelompok ini sudah terkirim.'));
    expect(await card.getByRole('button', { name: 'Evaluasi kelompok', exact: true }).count()).toBe(0);
    await page.reload();
    await expectVisible(page.getByTestId('group-evaluation').getByText('sudah terkirim', { exact: false }));
    // Evaluated: her home page no longer asks.
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('evaluation-due').getByText(groupName).count()).toBe(0);
    await page.context().close();
  });

  it('another participant declines on her home page, and neither it nor the group’s page asks her again', async () => {
    const page = await b.page(decliner.nip, 1280, '/');
    const due = page.getByTestId('evaluation-due');
    await expectVisible(due.getByText(groupName));
    await due.getByRole('button', { name: `Lewati evaluasi kelompok ${groupName}` }).click();
    await expectVisible(page.getByText('Evaluasi dilewati'));
    await due.getByText(groupName).waitFor({ state: 'detached' });
    await page.goto(`${b.baseUrl}/kelompok/${groupId}`);
    await expectVisible(page.getByRole('heading', { name: groupName }));
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('group-evaluation').count()).toBe(0);
    await page.context().close();
  });

  it('the trainer and the group monitor see the results without names, and the participants’ learning gain', async () => {
    for (const [user, width] of [
      ['pelatih', 1280],
      ['pelatih', 375],
      ['pengawas', 1280],
    ] as const) {
      const page = await b.page(user, width, `/kelompok/${groupId}`);
      const card = page.getByTestId('group-evaluation-results');
      await expectVisible(card.getByRole('heading', { name: 'Hasil evaluasi kelompok' }));
      await expectVisible(card.getByText(/^4 dari \d+ peserta mengisi evaluasi\.$/));
      await expectVisible(
        card
          .getByRole('img', { name: /Rata-rata jawaban per pernyataan/ })
          .locator('svg')
          .first(),
      );
      await expectVisible(card.getByRole('table', { name: 'Hasil per pernyataan' }));
      await expectVisible(card.getByText('Studi kasus surat dinasnya sangat membantu.'));
      await expectVisible(card.getByText('Jadwal sesinya sebaiknya diumumkan lebih awal.'));
      await expectVisible(card.getByRole('heading', { name: 'Peningkatan belajar peserta (pre-test → post-test)' }));
      await expectVisible(card.getByRole('heading', { name: 'Nilai Dasar ASN BerAKHLAK' }));
      for (const name of [participant.name, other.name]) expect(await card.getByText(name).count()).toBe(0);
      expect(await page.getByTestId('group-evaluation').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await b.screenshot(page, `group-evaluation-results-${user}-${width}`);
      if (width === 1280 && user === 'pelatih') {
        // The default statements read in the language picked.
        await page.getByRole('button', { name: 'EN', exact: true }).click();
        await expectVisible(
          card.getByRole('table', { name: 'Results per statement' }).getByText('1. What this learning covered is relevant to my work.'),
        );
        await page.getByRole('button', { name: 'ID', exact: true }).click();
        await expectVisible(card.getByText('1. Materi kegiatan belajar ini relevan dengan pekerjaan saya.'));
      }
      await page.context().close();
    }
  });
});
