import ExcelJS from 'exceljs';
import type { CDPSession, Download, Page } from 'playwright-core';
import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';
import { User } from '../../api/src/modules/identity/user.entity';
import { expectAccessible } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow, pickOption } from './support/page-checks';

let b: BrowserTest;
// Building the client and loading every module's demo data can take minutes on a busy machine.
beforeAll(async () => {
  b = await startBrowserTest();
}, 600_000);
afterAll(() => b?.close());

const PURPOSE = 'Lowongan Kepala Bidang 2027';

/**
 * Slows the page's downloads to a trickle (Chrome's network emulation), so a file takes seconds to
 * arrive; returns the session whose `detach` lifts it.
 */
async function slowDownloads(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 1024, uploadThroughput: -1 });
  return session;
}

/** The bytes of a download (the browser may run in another process, so they are streamed here). */
async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the committee pages in the browser', () => {
  it('ranks a talent pool, compares candidates on a radar against the standard and shows the nine-box', async () => {
    const page = await b.page('komite');
    // The page asks for the pool once per submission: every read is audited.
    const poolRequests: string[] = [];
    page.on('request', (r) => {
      if (r.postData()?.includes('"operationName":"TalentPool"')) poolRequests.push(new Date().toISOString());
    });
    await page.getByRole('link', { name: 'Kumpulan talenta' }).first().click();
    await expectVisible(page.getByRole('heading', { name: 'Kumpulan talenta' }));
    await page.getByRole('button', { name: 'Susun' }).click();
    await expectVisible(page.getByText('Pilih jabatan yang lowong'));
    await page.getByRole('textbox', { name: 'Tujuan pencarian' }).fill(PURPOSE);
    await pickOption(page.getByRole('combobox', { name: 'Jabatan lowong' }), 'Kepala Bidang', /^Kepala Bidang \(KABID\)/);
    await page.getByRole('button', { name: 'Susun' }).click();
    const rows = page.getByTestId('pool-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    // The first three are compared; the radar's code arrives when it is first shown.
    await expectVisible(page.getByTestId('pool-radar').locator('svg'));
    await expectVisible(page.getByRole('table', { name: 'Level kandidat terhadap standar' }));
    await expectVisible(page.getByTestId('nine-box'));
    await expectVisible(page.getByTestId('nine-box-9'));
    const compare = page.getByRole('checkbox', { name: /^Bandingkan / });
    expect(await compare.nth(0).isChecked()).toBe(true);
    expect(await compare.nth(3).isDisabled()).toBe(true);
    await compare.nth(1).uncheck();
    expect(await compare.nth(3).isDisabled()).toBe(false);
    await expectAccessible(page);
    await b.screenshot(page, 'committee-talent-pool');
    expect(poolRequests).toHaveLength(1);
    const reads = await b.app.em().find(AuditEntry, { action: 'committee.pool', purpose: PURPOSE });
    expect(reads).toHaveLength(1);

    await page.setViewportSize({ width: 375, height: 800 });
    await expectVisible(page.getByTestId('nine-box'));
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page);
    await b.screenshot(page, 'committee-talent-pool-phone');
    await page.context().close();
  });

  it('saves a search, loads it back, and exports it to an XLSX that opens with the rows found, showing progress', async () => {
    const at = `/komite/pencarian?q=${encodeURIComponent(JSON.stringify({ competencies: [], ranks: ['III/a'] }))}&tujuan=${encodeURIComponent(PURPOSE)}`;
    const page = await b.page('komite', 1280, at);
    await page.getByTestId('talent-row').first().waitFor();
    const found = Number((await page.getByRole('heading', { name: /pegawai ditemukan/ }).textContent())!.match(/\d+/)![0]);

    await page.getByRole('button', { name: 'Simpan pencarian' }).click();
    // A name over the limit is kept whole and marked, and the search is not saved until it is shortened.
    await page.getByRole('textbox', { name: 'Nama' }).fill('N'.repeat(101));
    await expectVisible(page.getByRole('dialog').getByText('101/100'));
    expect(await page.getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Nama' }).fill('Golongan III/a');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expectVisible(page.getByRole('button', { name: 'Pakai syarat "Golongan III/a"' }));

    // On a slow line the bar stands at the rows written of the rows counted first, then the file is saved.
    const slow = await slowDownloads(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX' }).click();
    const bar = page.getByTestId('export-progress');
    await expectVisible(bar.getByText(`0 dari ${found} baris`));
    expect(await bar.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    // Every row written while the rest of the file still arrives: the bar is full, the words say so.
    await expectVisible(bar.getByText(/^Semua baris tertulis; menerima sisa berkas/));
    expect(await bar.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await expectAccessible(page);
    await page.waitForTimeout(600); // the bar's own transition
    await b.screenshot(page, 'committee-search-export-progress');
    const file = await bytesOf(await download);
    await slow.detach();
    await expectVisible(page.getByTestId('export-done').getByText(`(${found} baris,`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Syarat', 'Hasil']);
    expect(book.getWorksheet('Hasil')!.rowCount - 1).toBe(found);
    expect(book.getWorksheet('Syarat')!.getSheetValues().flat().map(String)).toEqual(expect.arrayContaining([PURPOSE, 'III/a']));
    await expectAccessible(page);
    await b.screenshot(page, 'committee-search-saved-export');

    // On a phone the bar and its words fit the screen.
    await page.setViewportSize({ width: 375, height: 800 });
    const slower = await slowDownloads(page);
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    await expectVisible(bar.getByText(`0 dari ${found} baris`));
    expect(await overflow(page)).toBe(0);
    await page.waitForTimeout(600); // the bar's own transition
    await b.screenshot(page, 'committee-search-export-progress-phone');
    const lines = (await bytesOf(await csv)).toString('utf8').split('\r\n');
    await slower.detach();
    expect(lines.filter((l) => /^\d+;/.test(l))).toHaveLength(found);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Another visit: the saved conditions come back into the builder.
    await page.goto(`${b.baseUrl}/komite/pencarian`);
    await page.getByRole('button', { name: 'Pakai syarat "Golongan III/a"' }).click();
    await expectVisible(page.getByRole('listitem').filter({ hasText: 'Gol. III/a' }));
    await page.context().close();
  });

  it('lets an employee see who looked at their history, and administrators browse and filter the log', async () => {
    const dewi = await b.app.em().findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] });
    const committee = await b.page('komite', 1280, `/komite/pegawai/${dewi.employee!.id}?tujuan=${encodeURIComponent(PURPOSE)}`);
    await expectVisible(committee.getByTestId('history-timeline'));
    await expectVisible(committee.getByRole('button', { name: 'Profil kandidat (PDF)' }));
    const download = committee.waitForEvent('download');
    await committee.getByRole('button', { name: 'Profil kandidat (PDF)' }).click();
    expect((await bytesOf(await download)).subarray(0, 5).toString()).toBe('%PDF-');
    await committee.context().close();

    const page = await b.page('peserta', 1280, '/akses-riwayat');
    const views = page.getByTestId('record-view');
    await views.first().waitFor();
    await expectVisible(views.filter({ hasText: 'komite: membaca riwayat' }).filter({ hasText: `tujuan: ${PURPOSE}` }));
    await expectVisible(views.filter({ hasText: 'komite: mencetak profil kandidat' }));
    await expectAccessible(page);
    await b.screenshot(page, 'committee-record-views');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'committee-record-views-phone');
    await page.context().close();

    const admin = await b.page('admin');
    await admin.getByRole('link', { name: 'Log audit' }).first().click();
    await expectVisible(admin.getByRole('heading', { name: 'Log audit' }));
    await admin.getByTestId('audit-row').first().waitFor();
    await admin.getByRole('combobox', { name: 'Tindakan' }).click();
    await admin.getByRole('option', { name: 'Mencetak profil kandidat' }).click();
    await expectVisible(admin.getByRole('heading', { name: '1 catatan' }));
    await expectVisible(admin.getByTestId('audit-row').filter({ hasText: dewi.employee!.getEntity().name }));
    await admin.getByRole('combobox', { name: 'Tindakan' }).click();
    await admin.getByRole('option', { name: 'Semua tindakan' }).click();
    await admin.getByLabel('Tujuan', { exact: true }).fill('Kepala Bidang');
    await expectVisible(admin.getByRole('heading', { name: /^[3-9] catatan|^\d{2,} catatan/ }));
    await expectAccessible(admin);
    await b.screenshot(admin, 'committee-audit-log');
    await admin.setViewportSize({ width: 375, height: 800 });
    await admin.getByTestId('audit-row').first().waitFor();
    expect(await overflow(admin)).toBe(0);
    await expectAccessible(admin);
    await b.screenshot(admin, 'committee-audit-log-phone');
    await admin.context().close();
  });
});
