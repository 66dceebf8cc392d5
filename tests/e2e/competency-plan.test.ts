import type { Locator, Page } from 'playwright-core';
import { startBrowserTest, type BrowserTest } from './support/browser';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
}, 120_000);
afterAll(() => b?.close());

const YEAR = new Date().getFullYear();

describe('competency profile and development plan in the browser', () => {
  it('the learner sees her radar chart and gap table, and a target position changes the gap', async () => {
    const page = await b.page('peserta');
    await page.getByRole('link', { name: 'Profil kompetensi' }).first().click();
    await expectVisible(page.getByRole('heading', { name: 'Profil kompetensi' }));

    const radar = page.getByTestId('competency-radar');
    await radar.locator('svg path').first().waitFor({ state: 'attached' });
    expect(await radar.getAttribute('aria-label')).toContain('Pengolah Data dan Informasi');
    // The grid and the two series areas are drawn paths with real geometry...
    const paths = await radar.locator('svg path').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
    expect(paths.filter((d) => /^M\s*\d/.test(d)).length).toBeGreaterThan(5);
    // ...and each series marks its level on each of the eleven competencies of her position.
    expect(await radar.locator('svg circle').count()).toBe(2 * 11);
    await expectVisible(radar.getByText('Level saat ini'));
    await expectVisible(radar.getByText('Level dipersyaratkan'));

    await expectVisible(page.getByText('Kesenjangan terhadap Pengolah Data dan Informasi'));
    const table = page.getByRole('table', { name: 'Tabel kesenjangan kompetensi' });
    await expectVisible(table.getByRole('link', { name: 'Tata Kelola Data' }));
    expect(await table.getByTestId('gap-row').count()).toBe(11);
    await expectVisible(page.getByTestId('gap-summary').getByText('58%'));
    await expectVisible(page.getByTestId('gap-summary').getByText('6/11'));
    expect(await table.getByRole('link', { name: 'Pengembangan Aplikasi' }).count()).toBe(0);
    await b.screenshot(page, 'competency-profile');

    await page.getByRole('combobox', { name: 'Bandingkan dengan jabatan' }).fill('Pranata Komputer');
    await page.getByRole('option', { name: 'Pranata Komputer Ahli Pertama' }).click();
    await expectVisible(page.getByText('Kesenjangan terhadap Pranata Komputer Ahli Pertama'));
    await expectVisible(table.getByRole('link', { name: 'Pengembangan Aplikasi' }));
    await expectVisible(table.getByRole('link', { name: 'Keamanan Informasi' }));
    expect(await table.getByTestId('gap-row').count()).toBe(12);
    expect(await table.getByRole('link', { name: 'Pemantauan dan Evaluasi Pembangunan' }).count()).toBe(0);
    expect(await page.getByTestId('gap-summary').getByText('58%').count()).toBe(0);
    await b.screenshot(page, 'competency-profile-target');
    await page.context().close();
  });

  it('the profile fits a phone screen', async () => {
    const page = await b.page('peserta', 375);
    await page.goto(`${b.baseUrl}/profil-kompetensi`);
    await page.getByTestId('competency-radar').locator('svg path').first().waitFor({ state: 'attached' });
    await expectVisible(page.getByTestId('gap-table').getByRole('link', { name: 'Tata Kelola Data' }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'competency-profile-phone');
    await page.context().close();
  });

  it('the learner drafts and submits a plan; her supervisor approves it once', async () => {
    const page = await b.page('peserta');
    await page.getByRole('link', { name: 'Rencana pengembangan' }).first().click();
    await expectVisible(page.getByText('Belum ada rencana'));
    await page.getByRole('button', { name: 'Buat rencana' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Susun draf' }).click();
    await page.waitForURL(/\/rencana\/[0-9a-f-]{36}$/);
    const planUrl = page.url();
    await expectVisible(page.getByRole('heading', { name: `Rencana pengembangan ${YEAR}` }));
    await expectStatus(page, 'Draf');

    // The draft closes each gap; the learner adds a learning-community activity on top.
    const before = await totalJp(page);
    const items = await page.getByRole('group', { name: /^Kegiatan \d+$/ }).count();
    expect(items).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
    const added = page.getByRole('group', { name: `Kegiatan ${items + 1}` });
    await added.getByRole('combobox', { name: /Bentuk pengembangan/ }).click();
    await page.getByRole('option', { name: 'Komunitas belajar' }).click();
    await added.getByLabel(`Target JP kegiatan ${items + 1}`).fill('4');
    await added.getByLabel('Catatan').fill('Kelompok pintar analitik data');
    expect(await totalJp(page)).toBe(before + 4);
    expect(before + 4).toBeGreaterThanOrEqual(20);
    await expectVisible(page.getByText('Target JP tahunan PNS terpenuhi.'));
    await b.screenshot(page, 'plan-draft');

    await page.getByRole('button', { name: 'Ajukan' }).click();
    await expectStatus(page, 'Diajukan');
    await expectVisible(page.getByTestId('plan-history').getByText('Diajukan'));
    await expectVisible(page.getByText('Kelompok pintar analitik data'));
    expect(await page.getByRole('button', { name: 'Tambah kegiatan' }).count()).toBe(0);
    await page.context().close();

    const supervisor = await b.page('pengawas');
    await supervisor.getByRole('link', { name: 'Rencana pengembangan' }).first().click();
    await supervisor.getByRole('tab', { name: /Perlu ditinjau/ }).click();
    const row = supervisor.getByTestId('plan-row').filter({ hasText: 'Dewi Lestari, S.Kom.' });
    await expectVisible(row.getByText('Diajukan'));
    await b.screenshot(supervisor, 'plan-review-list');
    await row.getByRole('link', { name: 'Dewi Lestari, S.Kom.' }).click();
    await supervisor.waitForURL(planUrl);
    await expectStatus(supervisor, 'Diajukan');
    await supervisor.getByRole('button', { name: 'Setujui' }).click();
    const dialog = supervisor.getByRole('dialog');
    await dialog.getByLabel('Catatan (opsional)').fill('Rencana sesuai kebutuhan bidang.');
    await dialog.getByRole('button', { name: 'Setujui' }).click();
    await expectStatus(supervisor, 'Disetujui');
    await expectVisible(supervisor.getByTestId('supervisor-comment').getByText('Rencana sesuai kebutuhan bidang.'));
    await expectVisible(supervisor.getByTestId('plan-history').getByText('Disetujui'));
    expect(await supervisor.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    expect(await supervisor.getByRole('button', { name: 'Kembalikan' }).count()).toBe(0);
    await b.screenshot(supervisor, 'plan-approved');

    // After a reload, too, the server offers no second decision.
    await supervisor.reload();
    await expectStatus(supervisor, 'Disetujui');
    expect(await supervisor.getByRole('button', { name: 'Setujui' }).count()).toBe(0);
    await supervisor.getByRole('link', { name: 'Semua rencana' }).click();
    await supervisor.getByRole('tab', { name: /Perlu ditinjau/ }).click();
    await expectVisible(supervisor.getByText('Tidak ada rencana yang perlu ditinjau'));
    await supervisor.context().close();
  });
});

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expectVisible(page.getByTestId('plan-status').filter({ hasText: new RegExp(`^${label}$`) }));
}

/** The total JP the plan page shows, e.g. 40 from "40 JP". */
async function totalJp(page: Page): Promise<number> {
  const text = await page.getByTestId('jp-progress').getByText(/^[\d.,]+ JP$/).first().innerText();
  return Number(text.replace(' JP', '').replace(',', '.'));
}
