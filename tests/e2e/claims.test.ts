import type { Page } from 'playwright-core';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { seriousViolations } from './support/accessibility';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

/** Fills the claim form for a two-day seminar early this year (or last year in January). */
async function fillSeminar(page: Page, title: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: /Jenis pengembangan kompetensi/ }).click();
  await page.getByRole('option', { name: /Seminar/ }).click();
  await dialog.getByLabel('Nama kegiatan').fill(title);
  await dialog.getByLabel('Penyelenggara').fill('Kementerian PANRB');
  const year = new Date().getMonth() === 0 ? new Date().getFullYear() - 1 : new Date().getFullYear();
  // The first Monday and Tuesday of February hold no holiday in the seeded calendars.
  const monday = [2, 3, 4, 5, 6, 7, 8].map((d) => new Date(Date.UTC(year, 1, d))).find((d) => d.getUTCDay() === 1)!;
  const tuesday = new Date(monday.getTime() + 86_400_000);
  await dialog.getByLabel('Tanggal mulai').fill(monday.toISOString().slice(0, 10));
  await dialog.getByLabel('Tanggal selesai').fill(tuesday.toISOString().slice(0, 10));
}

describe('learning claims in the browser', () => {
  it('a learner sees the JP before sending, attaches a certificate, and the supervisor approves from the queue with the evidence at hand', async () => {
    const page = await b.page('peserta', 1280, '/klaim');
    await expectVisible(page.getByRole('heading', { name: 'Klaim pembelajaran' }));
    await page.getByRole('button', { name: 'Ajukan klaim' }).click();
    await fillSeminar(page, 'Seminar Nasional Transformasi Digital');
    const preview = page.getByTestId('claim-preview');
    await expectVisible(preview.getByText('8,0 JP'));
    await expectVisible(preview.getByText('4,0 JP/hari × 2 hari')); // the rule's steps, worded in Bahasa Indonesia
    const send = page.getByRole('dialog').getByRole('button', { name: 'Ajukan' });
    expect(await send.isDisabled()).toBe(true); // no evidence yet
    await page
      .getByRole('dialog')
      .getByLabel('Unggah bukti')
      .setInputFiles({ name: 'sertifikat-seminar.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 sertifikat') });
    await expectVisible(page.getByRole('dialog').getByRole('link', { name: 'sertifikat-seminar.pdf' }));
    // A title over the limit is kept whole and marked, and the claim is not sent until it is shortened.
    await page.getByRole('dialog').getByLabel('Nama kegiatan').fill('A'.repeat(201));
    await expectVisible(page.getByRole('dialog').getByText('201/200'));
    expect(await send.isDisabled()).toBe(true);
    await page.getByRole('dialog').getByLabel('Nama kegiatan').fill('Seminar Nasional Transformasi Digital');
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'claim-new');
    await send.click();
    await expectVisible(page.getByRole('heading', { name: 'Seminar Nasional Transformasi Digital' }));
    await expectVisible(page.getByText('Menunggu persetujuan').first());
    await expectVisible(page.getByText('8,0 JP'));
    await b.screenshot(page, 'claim-detail');
    await page.context().close();

    const supervisor = await b.page('pengawas', 1280, '/klaim');
    await expectVisible(supervisor.getByRole('tab', { name: /Perlu diputuskan/ }));
    const card = supervisor.getByTestId('claim-card').filter({ hasText: 'Seminar Nasional Transformasi Digital' });
    await expectVisible(card.getByRole('link', { name: /sertifikat-seminar\.pdf/ }));
    expect(await seriousViolations(supervisor)).toEqual([]);
    await b.screenshot(supervisor, 'claim-queue');
    await card.getByRole('button', { name: 'Setujui' }).click();
    await supervisor.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await card.waitFor({ state: 'detached' });
    await supervisor.context().close();
  });

  it('the claim form and the list fit a phone', async () => {
    const page = await b.page('peserta', 375, '/klaim');
    await page.getByRole('button', { name: 'Ajukan klaim' }).click();
    await fillSeminar(page, 'Seminar Keamanan Siber');
    await expectVisible(page.getByTestId('claim-preview').getByText('8,0 JP'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'claim-new-phone');
    await page.context().close();
    const list = await b.page('peserta', 375, '/klaim');
    await expectVisible(list.getByRole('heading', { name: 'Klaim pembelajaran' }));
    expect(await overflow(list)).toBeLessThanOrEqual(0);
    await b.screenshot(list, 'claims-phone');
    await list.context().close();
  });
});
