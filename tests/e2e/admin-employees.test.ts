import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/db/seed/demo';
import { Employee } from '../../api/src/modules/organisation/employee.entity';
import { PositionHeld } from '../../api/src/modules/organisation/position-held.entity';
import { expectAccessible } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow, pickOption } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

/**
 * A demo employee (none of the demo accounts) whose current position directly followed another one
 * that began at least `months` months before it: the last by NIP, or the first.
 */
async function positionFollowingAnother(months: number, lastByNip: boolean) {
  const [row] = await b.app
    .em()
    .getConnection()
    .execute<{ id: string; previous_id: string; previous_from: string }[]>(
      `select h.id, p.id as previous_id, to_char(p.from_date, 'YYYY-MM-DD') as previous_from
         from position_held h
         join position_held p on p.employee_id = h.employee_id and p.to_date = h.from_date
         join employee e on e.id = h.employee_id
        where h.to_date is null and h.from_date >= p.from_date + make_interval(months => ?) and e.nip not in (?)
        order by e.nip ${lastByNip ? 'desc' : 'asc'} limit 1`,
      [months, DEMO_ACCOUNTS.map((a) => a.nip)],
    );
  const open = await b.app.em().findOneOrFail(PositionHeld, row.id, { populate: ['employee', 'position'] });
  return { open, position: open.position.getEntity().name, previousId: row.previous_id, previousFrom: row.previous_from };
}

/** The first day of the `n`th month after the month of `day` (YYYY-MM-DD). */
function firstOfMonthAfter(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number);
  const month = m + n;
  return `${y + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
}

/** A day (YYYY-MM-DD) as the page writes it. */
function readable(page: Page, day: string): Promise<string> {
  return page.evaluate(
    (d) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${d}T00:00:00`)),
    day,
  );
}

describe('administrator in the browser', () => {
  it('a wrong password shows a clear error and keeps the user on the login page', async () => {
    const page = await b.page(null, 1280, '/login');
    await page.getByLabel('Nama pengguna atau NIP').fill('admin');
    await page.getByLabel('Kata sandi').first().fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expectVisible(page.getByText('Nama pengguna atau kata sandi salah.'));
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('on a 375 px phone the login title and the language switch do not overlap', async () => {
    const page = await b.page(null, 375, '/login');
    await expectVisible(page.getByTestId('login-language'));
    // The box the title's text takes, overflow included, against the switch's.
    const [title, language] = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('[data-testid="login-title"]')!);
      const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      return [rect(range.getBoundingClientRect()), rect(document.querySelector('[data-testid="login-language"]')!.getBoundingClientRect())];
    });
    // Apart by at least a small gap, side by side or one under the other.
    const apart = title.right + 8 <= language.left || language.top >= title.bottom;
    expect(apart).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'login-phone');
    await page.context().close();
  });

  it('logs in through the form, returns to the page asked for, searches an employee and opens the record', async () => {
    const page = await b.page(null, 1280, '/pegawai');
    await page.waitForURL(`${b.baseUrl}/login`);
    await page.getByLabel('Nama pengguna atau NIP').fill('admin');
    await page.getByLabel('Kata sandi').first().fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(`${b.baseUrl}/pegawai`);
    await expectVisible(page.getByText('200 pegawai'));
    await page.getByRole('searchbox', { name: 'Cari pegawai' }).fill('Dewi Lestari');
    await expectVisible(page.getByText('1 pegawai'));
    await b.screenshot(page, 'admin-employee-search');
    await page.getByRole('link', { name: 'Dewi Lestari, S.Kom.' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Dewi Lestari, S.Kom.' }));
    await expectVisible(page.getByText('19920315 201903 2 001'));
    await expectVisible(page.getByText('Dinas Komunikasi dan Informatika'));
    await expectVisible(page.getByText('15 Mar 1992'));
    await b.screenshot(page, 'admin-employee-detail');
    await page.context().close();
  });

  it('moves an employee to another position from a given day; the employee page lists the positions held', async () => {
    const pengolah = 'Pengolah Data dan Informasi';
    const someone = await b.app
      .em()
      .findOneOrFail(
        Employee,
        { position: { code: { $ne: 'PENGOLAH-DATA' } }, nip: { $nin: DEMO_ACCOUNTS.map((a) => a.nip) } },
        { orderBy: { nip: 'asc' }, populate: ['position'] },
      );
    const before = someone.position!.getEntity().name;
    const page = await b.page('admin', 1280, `/pegawai/${someone.id}`);
    const held = page.getByTestId('position-history');
    await expectVisible(held.getByRole('listitem').filter({ hasText: before }).filter({ hasText: /sejak/ }));
    const earlier = await held.getByRole('listitem').count();

    await page.getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Berlaku sejak').count()).toBe(0);
    await pickOption(dialog.getByRole('combobox', { name: 'Jabatan' }), 'Pengolah Data', new RegExp(`^${pengolah}`));
    // The day of the move is asked once the position changes; a day after today is refused by the server.
    const yesterday = new Date(Date.now() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Berlaku sejak').fill(yesterday);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Perubahan tersimpan'));
    await expectVisible(held.getByRole('listitem').first().filter({ hasText: pengolah }).filter({ hasText: /sejak/ }));
    await expectVisible(held.getByRole('listitem').filter({ hasText: before }).filter({ hasText: / – / }));
    expect(await held.getByRole('listitem').count()).toBe(earlier + 1);
    await b.screenshot(page, 'admin-employee-positions-held');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectVisible(held);
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'admin-employee-positions-held-phone');
    await page.context().close();
  });

  it('corrects the start of a position held from the employee page: a refused day shows on the field, the list shows the new days', async () => {
    // Someone whose current position followed another one directly, a few months or more after it began.
    const { open, position, previousFrom } = await positionFollowingAnother(2, true);
    // The first day of the month after the previous position began: between its start and the current one's.
    const corrected = firstOfMonthAfter(previousFrom, 1);
    const page = await b.page('admin', 375, `/pegawai/${open.employee.id}`);
    const shown = await readable(page, corrected);
    const held = page.getByTestId('position-history');
    const current = held.getByRole('listitem').filter({ hasText: position }).filter({ hasText: /sejak/ });
    await expectVisible(current);
    await current.getByRole('button', { name: /^Koreksi tanggal mulai/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Koreksi tanggal mulai' });
    const day = dialog.getByLabel('Menjabat sejak');
    expect(await day.inputValue()).toBe(open.fromDate);
    await expectVisible(dialog.getByText('Belum diisi: Alasan.'));
    // A day after today is refused by the server, on the date field; what was typed stays.
    await day.fill('2099-01-05');
    await dialog.getByLabel('Alasan').fill('SK pengangkatan Nomor 800/123/2016');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(dialog.getByText('Tanggal mulai tidak boleh setelah hari ini.'));
    expect(await dialog.getByLabel('Alasan').inputValue()).toBe('SK pengangkatan Nomor 800/123/2016');
    expect(await overflow(page)).toBe(0);
    await expectAccessible(page);
    await b.screenshot(page, 'admin-correct-placement-start-phone');
    // So is a day on which the previous position began: it would be held no day at all.
    await day.fill(previousFrom);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(dialog.getByText(/Tanggal mulai harus setelah .*, saat jabatan sebelumnya dimulai\./));
    await day.fill(corrected);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Tanggal mulai dikoreksi'));
    expect(await dialog.count()).toBe(0);
    // The current position begins on the new day, and the one before it ends that day.
    await expectVisible(
      held
        .getByRole('listitem')
        .first()
        .filter({ hasText: position })
        .filter({ hasText: `sejak ${shown}` }),
    );
    await expectVisible(
      held
        .getByRole('listitem')
        .nth(1)
        .filter({ hasText: `– ${shown}` }),
    );
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'admin-correct-placement-start-done-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectVisible(held.getByRole('button', { name: /^Koreksi tanggal mulai/ }).first());
    await b.screenshot(page, 'admin-correct-placement-start-done');
    await page.context().close();
  });

  it('a correction of a start another administrator changed meanwhile saves nothing, says so and shows the current days', async () => {
    // Another employee whose current position followed another one directly, months after it began.
    const { open, position, previousId, previousFrom } = await positionFollowingAnother(3, false);
    // The other administrator's day and this one's: the first days of the first and second months after the previous start.
    const [theirs, mine] = [firstOfMonthAfter(previousFrom, 1), firstOfMonthAfter(previousFrom, 2)];
    const page = await b.page('admin', 1280, `/pegawai/${open.employee.id}`);
    const held = page.getByTestId('position-history');
    const current = held.getByRole('listitem').filter({ hasText: position }).filter({ hasText: /sejak/ });
    await current.getByRole('button', { name: /^Koreksi tanggal mulai/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Koreksi tanggal mulai' });
    await expectVisible(dialog.getByText(`sejak ${await readable(page, open.fromDate)}`));
    // Meanwhile another administrator corrects the same start (and the previous end with it).
    const other = b.app.em().getConnection();
    await other.execute('update position_held set from_date = ? where id = ?', [theirs, open.id]);
    await other.execute('update position_held set to_date = ? where id = ?', [theirs, previousId]);
    await dialog.getByLabel('Menjabat sejak').fill(mine);
    await dialog.getByLabel('Alasan').fill('SK pengangkatan Nomor 800/321/2017');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const notice = dialog.getByRole('alert').filter({ hasText: 'Administrator lain mengubah catatan ini' });
    await expectVisible(notice);
    expect(await notice.textContent()).toContain(`kini tercatat sejak ${await readable(page, theirs)}`);
    // Nothing was saved; the dialog and the list behind it read the record again.
    expect((await b.app.em().findOneOrFail(PositionHeld, open.id)).fromDate).toBe(theirs);
    await expectVisible(dialog.locator('p', { hasText: position }).filter({ hasText: `sejak ${await readable(page, theirs)}` }));
    // (The list is behind the open dialog, hidden from assistive technology meanwhile.)
    await expectVisible(
      held
        .getByRole('listitem', { includeHidden: true })
        .filter({ hasText: position })
        .filter({ hasText: `sejak ${await readable(page, theirs)}` }),
    );
    expect(await dialog.getByLabel('Menjabat sejak').inputValue()).toBe(mine);
    await expectAccessible(page);
    await b.screenshot(page, 'admin-correct-placement-start-changed');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectVisible(notice);
    expect(await overflow(page)).toBe(0);
    await b.screenshot(page, 'admin-correct-placement-start-changed-phone');
    // Saved again, the correction applies to the record as it reads now.
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Tanggal mulai dikoreksi'));
    await expectVisible(
      held
        .getByRole('listitem')
        .first()
        .filter({ hasText: `sejak ${await readable(page, mine)}` }),
    );
    await page.context().close();
  });

  it('pages through employees on a phone-sized screen', async () => {
    const page = await b.page('admin', 375, '/pegawai');
    await expectVisible(page.getByText('1–20 dari 200'));
    await page.getByRole('button', { name: /halaman berikutnya|next page/i }).click();
    await expectVisible(page.getByText('21–40 dari 200'));
    const sideways = await overflow(page);
    expect(sideways).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'admin-employees-phone');
    await page.context().close();
  });

  it('the new-employee form says what is still missing and refuses an over-long name instead of cutting it', async () => {
    const page = await b.page('admin', 1280, '/pegawai');
    await page.getByRole('button', { name: 'Tambah pegawai' }).first().click();
    const dialog = page.getByRole('dialog');
    const save = dialog.getByRole('button', { name: 'Simpan' });
    await expectVisible(dialog.getByText('Belum diisi: NIP, Nama lengkap, OPD.'));
    await dialog.getByLabel('NIP').fill('198501012010012001');
    await dialog.getByLabel('Nama lengkap').fill('Sri Wahyuni');
    await expectVisible(dialog.getByText('Belum diisi: OPD.'));
    expect(await save.isEnabled()).toBe(false);
    // A pasted name of 151 characters stays whole and is marked, with the count beside it.
    await dialog.getByLabel('Nama lengkap').fill('A'.repeat(151));
    expect((await dialog.getByLabel('Nama lengkap').inputValue()).length).toBe(151);
    await expectVisible(dialog.getByText('Paling banyak 150 karakter (sekarang 151): persingkat teksnya.'));
    await expectVisible(dialog.getByText('151/150'));
    await b.screenshot(page, 'admin-employee-form-missing');
    await page.context().close();
  });

  it('the employee import refuses an empty file and a spreadsheet before sending, and names a missing column', async () => {
    const page = await b.page('admin', 1280, '/admin/impor-pegawai');
    const input = page.getByLabel('Pilih berkas CSV');
    const problem = page.getByTestId('import-file-problem');
    await input.setInputFiles({ name: 'kosong.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expectVisible(problem.getByText(/Berkas tidak berisi baris data/));
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).isEnabled()).toBe(false);
    await input.setInputFiles({
      name: 'pegawai.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK\u0003\u0004xl/workbook.xml'),
    });
    await expectVisible(problem.getByText(/Berkas ini bukan CSV/));
    // A CSV without the OPD column is read by the server, which names the column.
    await input.setInputFiles({
      name: 'tanpa-opd.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nip;nama;jenis_pegawai\n199203152019032001;Dewi Lestari;PNS\n'),
    });
    expect(await problem.count()).toBe(0);
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    const report = page.getByTestId('import-report');
    await expectVisible(report.getByText('Berkas tidak dapat diimpor'));
    await expectVisible(report.getByText('Judul kolom “Kode OPD” tidak ada di baris pertama.'));
    expect(await report.getByText(/baris perlu diperbaiki/).count()).toBe(0);
    await b.screenshot(page, 'admin-import-missing-column');
    await page.context().close();
  });

  it('edits a JP credit rule on the reference page', async () => {
    const page = await b.page('admin');
    await page.getByRole('link', { name: 'Data referensi' }).first().click();
    // Whole-number settings show without decimals; a JP figure keeps its one decimal.
    const validity = page.getByRole('row', { name: /Masa berlaku penilaian kompetensi/ });
    await expectVisible(validity);
    expect(await validity.getByRole('cell').allInnerTexts()).toEqual(['Masa berlaku penilaian kompetensi (tahun)', '3', '3', '']);
    expect(
      (
        await page
          .getByRole('row', { name: /Target JP tahunan PNS/ })
          .getByRole('cell')
          .allInnerTexts()
      ).slice(1, 3),
    ).toEqual(['20,0', '20,0']);
    // A value out of range is explained in the page's language, not with the setting's key.
    await page
      .getByRole('row', { name: /Menit per JP/ })
      .getByRole('button', { name: 'Ubah' })
      .click();
    await page.getByRole('dialog').getByLabel('Nilai').fill('500');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByRole('dialog').getByText('Harus antara 1 dan 120.'));
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await page.getByRole('tab', { name: /Bentuk pengembangan/ }).click();
    const row = page.getByRole('row', { name: /E-learning/ });
    await expectVisible(row.getByText('3,0'));
    await row.getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Maks. JP/hari').fill('4');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(row.getByText('4,0'));
    await b.screenshot(page, 'admin-reference');
    await page.context().close();
  });

  it('keeps the calendar of holidays on the reference page: adds a day, refuses a date twice, removes it', async () => {
    const page = await b.page('admin');
    await page.goto(`${b.baseUrl}/admin/referensi?tab=holidays&tahun=2027`);
    const table = page.getByRole('table', { name: 'Hari libur tahun 2027' });
    await expectVisible(table.getByText('Hari Lahir Pancasila'));
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    await page.getByLabel('Tanggal').fill('2027-03-26');
    // A name over the limit is kept whole and marked, and the day is not added until it is shortened.
    await page.getByLabel('Keterangan').fill('W'.repeat(151));
    await expectVisible(page.getByRole('dialog').getByText('151/150'));
    expect(await page.getByRole('button', { name: 'Simpan' }).isDisabled()).toBe(true);
    await page.getByLabel('Keterangan').fill('Wafat Yesus Kristus');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(table.getByText('Wafat Yesus Kristus'));
    // The same date twice: the dialog says so and keeps what was typed.
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    await page.getByLabel('Tanggal').fill('2027-03-26');
    await page.getByLabel('Keterangan').fill('Jumat Agung');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Tanggal ini sudah ada di kalender.'));
    expect(await page.getByLabel('Keterangan').inputValue()).toBe('Jumat Agung');
    await page.getByRole('button', { name: 'Batal' }).click();
    await b.screenshot(page, 'admin-holidays');
    await table.getByRole('button', { name: /Hapus .*26 Mar 2027/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus' }).click();
    await table.getByText('Wafat Yesus Kristus').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('shows the calendar of holidays on a phone without sideways scrolling', async () => {
    const phone = await b.page('admin', 375);
    await phone.goto(`${b.baseUrl}/admin/referensi?tab=holidays&tahun=2026`);
    await expectVisible(phone.getByText('Cuti bersama Kelahiran Yesus Kristus'));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await b.screenshot(phone, 'admin-holidays-phone');
    await phone.context().close();
  });

  it('sets the OPDs a supervisor monitors from the employee page', async () => {
    const page = await b.page('admin', 1280, '/pegawai?q=Bambang%20Setiawan');
    await page.getByRole('link', { name: 'Bambang Setiawan, S.Sos.' }).click();
    await expectVisible(page.getByText('OPD yang diawasi'));
    await page.getByRole('combobox', { name: 'OPD' }).click();
    await page.getByRole('option', { name: 'Dinas Kesehatan' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expectVisible(page.getByText('Perubahan tersimpan'));
    await page.reload();
    await expectVisible(page.getByRole('button', { name: 'Dinas Kesehatan' }).or(page.getByText('Dinas Kesehatan')));
    await page.context().close();
  });

  it('a supervisor is offered the competency profile only of the employees whose records they may read', async () => {
    const page = await b.page('pengawas', 1280, '/pegawai?q=Dewi%20Lestari');
    await page.getByRole('link', { name: 'Dewi Lestari, S.Kom.' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Dewi Lestari, S.Kom.' }));
    await page.getByRole('main').getByRole('link', { name: 'Profil kompetensi' }).click();
    await expectVisible(page.getByRole('heading', { name: /Profil kompetensi: Dewi Lestari/ }));
    // Someone in an OPD this supervisor does not monitor: the directory entry, but no way to their records.
    const elsewhere = await b.app
      .em()
      .findOneOrFail(Employee, { opd: { code: { $nin: ['DISKOMINFO', 'BKD', 'DINKES'] } } }, { orderBy: { nip: 'asc' } });
    await page.goto(`${b.baseUrl}/pegawai/${elsewhere.id}`);
    await expectVisible(page.getByRole('heading', { name: elsewhere.name }));
    expect(await page.getByRole('main').getByRole('link', { name: 'Profil kompetensi' }).count()).toBe(0);
    await page.context().close();
  });

  it('a learner does not see the employee directory', async () => {
    const page = await b.page('peserta');
    await expectVisible(page.getByRole('heading', { name: /Selamat datang, Dewi Lestari/ }));
    expect(await page.getByRole('link', { name: 'Pegawai' }).count()).toBe(0);
    await page.goto(`${b.baseUrl}/pegawai`);
    await expectVisible(page.getByText('Tidak ada akses'));
    await page.context().close();
  });
});
