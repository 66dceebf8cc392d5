import type { Page } from 'playwright-core';
import { toActor } from '../../api/src/modules/identity/identity.service';
import { User } from '../../api/src/modules/identity/user.entity';
import { expectAccessible } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
// Loading every module's demo data takes minutes on a busy 2-core machine.
beforeAll(async () => {
  b = await startBrowserTest();
}, 600_000);
afterAll(() => b?.close());

const GROUP_NAME = 'Komunitas Analisis Data Layanan Publik';
const TOPIC = 'Latihan membaca survei kepuasan';

const actorOf = async (username: string) => toActor(await b.app.em().findOneOrFail(User, { username }, { populate: ['employee'] }));

async function pesertaJp(): Promise<number> {
  const peserta = await actorOf('peserta');
  const year = Number(new Date().toISOString().slice(0, 4));
  const result = await b.app.gql(
    `query Jp($input: JpSummaryInput!) { jpSummary(input: $input) { approvedJp } }`,
    { input: { employeeId: peserta.employeeId, year } },
    peserta,
  );
  return result.data!.jpSummary.approvedJp as number;
}

/** Today and a window around now on the page's own clock, as the plan form takes them. */
async function windowAroundNow(page: Page): Promise<{ date: string; from: string; to: string }> {
  return page.evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    const minutes = now.getHours() * 60 + now.getMinutes();
    const from = Math.max(0, minutes - 60);
    const to = Math.min(23 * 60 + 59, minutes + 90);
    const hm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    return { date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`, from: hm(from), to: hm(to) };
  });
}

describe('a group session from the trainer’s screen to the learner’s JP', () => {
  it('the trainer opens a session, the learner checks in on a phone with the shown code, the monitor sees it and completes the group, and the learner’s JP rise', async () => {
    const jpBefore = await pesertaJp();

    // The trainer plans a session around now and opens check-in.
    const trainer = await b.page('pelatih', 1280, '/kelompok?tab=mine');
    await trainer.getByRole('link', { name: new RegExp(GROUP_NAME) }).click();
    await expectVisible(trainer.getByRole('heading', { name: 'Sesi', exact: true }));
    await trainer.getByRole('button', { name: 'Rencanakan sesi' }).click();
    const when = await windowAroundNow(trainer);
    const dialog = trainer.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Topik' }).fill(TOPIC);
    await dialog.getByLabel('Tanggal').fill(when.date);
    await dialog.getByLabel('Mulai').fill(when.from);
    await dialog.getByLabel('Selesai').fill(when.to);
    await dialog.getByRole('textbox', { name: 'Tempat' }).fill('Ruang Rapat Diskominfo lantai 2');
    await dialog.getByRole('button', { name: 'Rencanakan sesi' }).click();
    const row = trainer.getByTestId('session-row').filter({ hasText: TOPIC });
    await row.getByRole('button', { name: 'Buka absen' }).click();
    await row.getByRole('link', { name: 'Tampilkan kode absen' }).click();
    const code = trainer.getByTestId('check-in-code');
    await expectVisible(code);
    await expectVisible(trainer.getByRole('img', { name: /Kode QR absen/ }));
    await expectAccessible(trainer);
    await b.screenshot(trainer, 'community-session-console');

    // The learner, on a phone, picks the session and types the code shown now (again if it changed meanwhile).
    const phone = await b.page('peserta', 375, '/absen');
    await expectVisible(phone.getByRole('heading', { name: 'Absen kelompok' }));
    await phone.getByRole('radio', { name: new RegExp(TOPIC) }).check();
    expect(await overflow(phone)).toBe(0);
    await expectAccessible(phone);
    await b.screenshot(phone, 'community-check-in-phone');
    for (let attempt = 0; ; attempt++) {
      const shown = ((await code.textContent()) ?? '').replace(/\D/g, '');
      await phone.getByRole('textbox', { name: 'Kode absen' }).fill(shown);
      await phone.getByRole('button', { name: 'Absen masuk' }).click();
      const outcome = await Promise.race([
        phone
          .getByRole('status')
          .filter({ hasText: 'Anda tercatat hadir' })
          .waitFor()
          .then(() => 'done'),
        phone
          .getByText('Kode sudah berganti')
          .waitFor()
          .then(() => 'expired'),
      ]);
      if (outcome === 'done' || attempt === 2) break;
    }
    await expectVisible(phone.getByRole('status').filter({ hasText: TOPIC }));
    expect(await overflow(phone)).toBe(0);
    await b.screenshot(phone, 'community-checked-in-phone');

    // The trainer's console lists her.
    await expectVisible(trainer.getByText('Dewi Lestari, S.Kom.'));

    // The group monitor sees the attendance: the grid, the monitoring figures and the weekly chart.
    const monitor = await b.page('pengawas', 1280, '/kelompok?tab=mine');
    await monitor.getByRole('link', { name: new RegExp(GROUP_NAME) }).click();
    await expectVisible(monitor.getByRole('heading', { name: 'Pemantauan' }));
    await expectVisible(monitor.getByTestId('weekly-activity-chart'));
    const gridRow = monitor.getByTestId('grid-row').filter({ hasText: 'Dewi Lestari' });
    await expectVisible(gridRow);
    expect(await gridRow.getByRole('img', { name: 'Hadir' }).count()).toBe(3);
    await expectVisible(monitor.getByTestId('flagged-check-in').first());
    await expectAccessible(monitor);
    await b.screenshot(monitor, 'community-monitoring');

    // The trainer proposes the results (Dewi's in the grid, the others' likewise), the monitor approves them.
    await trainer.goto(`${b.baseUrl}${new URL(trainer.url()).pathname.replace(/\/sesi\/.*$/, '')}`);
    const trainerRow = trainer.getByTestId('grid-row').filter({ hasText: 'Dewi Lestari' });
    await trainerRow.getByRole('combobox', { name: 'Hasil' }).click();
    await trainer.getByRole('option', { name: 'Selesai', exact: true }).click();
    await expectVisible(trainer.getByText('Hasil tersimpan'));
    const groupId = new URL(trainer.url()).pathname.split('/').pop()!;
    const members = await b.app.gql(
      `query Roster($id: ID!) { communityGroup(id: $id) { members { status employee { id name } } } }`,
      { id: groupId },
      await actorOf('pelatih'),
    );
    for (const m of members.data!.communityGroup.members.filter((x: { status: string }) => x.status === 'ACTIVE')) {
      if (m.employee.name.startsWith('Dewi Lestari')) continue;
      const saved = await b.app.gql(
        `mutation R($input: MemberResultInput!) { proposeMemberResult(input: $input) { result } }`,
        { input: { groupId, employeeId: m.employee.id, result: 'COMPLETED' } },
        await actorOf('pelatih'),
      );
      expect(saved.errors).toBeUndefined();
    }
    await monitor.reload();
    await monitor.getByRole('button', { name: 'Setujui hasil dan selesaikan kelompok' }).click();
    await expectVisible(monitor.getByText('Kelompok selesai; JP anggota tercatat'));
    await expectVisible(monitor.getByText('Selesai', { exact: true }).first());

    // The learner's JP rose by what her attended minutes earned, shown on her group page.
    const jpAfter = await pesertaJp();
    expect(jpAfter).toBeGreaterThan(jpBefore);
    await phone.goto(`${b.baseUrl}/kelompok/${groupId}`);
    await expectVisible(phone.getByText('JP tercatat'));
    expect(await overflow(phone)).toBe(0);
    await expectAccessible(phone);
    await b.screenshot(phone, 'community-completed-phone');
    for (const page of [trainer, phone, monitor]) await page.context().close();
    // Three people's pages and a dozen steps: minutes on a busy 2-core machine.
  }, 600_000);

  it('BKD reads cost per participant and per JP credited by funding source', async () => {
    const page = await b.page('admin', 1280, '/kelompok/pendanaan');
    await expectVisible(page.getByRole('heading', { name: 'Pendanaan kelompok pintar' }));
    // The heading stands before the figures arrive: wait for them, then count.
    await expectVisible(page.getByTestId('funding-source').first());
    await expect(page.getByTestId('funding-source').count()).resolves.toBe(3);
    await expectVisible(page.getByRole('link', { name: 'Kelompok Tata Naskah Dinas Elektronik' }));
    await expectAccessible(page);
    await b.screenshot(page, 'community-funding-report');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await overflow(page)).toBe(0);
    await page.context().close();
  });
});
