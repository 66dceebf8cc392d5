import { Certificate } from '../../api/src/modules/certificate/certificate.entity';
import { CertificateStatus } from '../../api/src/modules/certificate/certificate.enums';
import { User } from '../../api/src/modules/identity/user.entity';
import { seriousViolations } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

describe('certificates in the browser', () => {
  it('the learner finds her certificates with download and share link; the QR page shows it valid to anyone, masked', async () => {
    const em = b.app.em();
    const peserta = await em.findOneOrFail(User, { username: 'peserta' });
    const cert = await em.findOne(Certificate, { employee: peserta.employee!.id });
    expect(cert).not.toBeNull();
    const page = await b.page('peserta', 1280, '/sertifikat');
    const card = page.getByTestId('certificate-card').filter({ hasText: cert!.number });
    await expectVisible(card.getByRole('link', { name: `Unduh PDF sertifikat ${cert!.number}` }));
    expect(await seriousViolations(page)).toEqual([]);
    await b.screenshot(page, 'certificates-mine');
    await page.context().close();

    const visitor = await b.page(null, 375, `/verify/${cert!.verificationCode}`);
    await expectVisible(visitor.getByTestId('verify-status').getByText('Sertifikat ini sah.'));
    await expectVisible(visitor.getByText(cert!.holderName));
    expect(await visitor.getByText(cert!.holderNip).count()).toBe(0);
    expect(await overflow(visitor)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(visitor)).toEqual([]);
    await b.screenshot(visitor, 'certificate-verify-phone');
    await visitor.goto(`${b.baseUrl}/verify/23456789ABCDEFGHJK`);
    await expectVisible(visitor.getByTestId('verify-unknown'));
    await visitor.context().close();
  });

  it('an administrator searches the register and revokes a certificate, which the verify page then shows', async () => {
    const cert = await b.app.em().findOneOrFail(Certificate, { status: CertificateStatus.VALID }, { orderBy: { seq: 'desc' } });
    const page = await b.page('admin', 1280, '/sertifikat');
    await page.getByLabel('Cari nomor, nama atau NIP').fill(cert.number);
    // The register narrows to the one certificate once the search has run.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="certificate-card"]').length === 1);
    const card = page.getByTestId('certificate-card').filter({ hasText: cert.number });
    await card.getByRole('button', { name: 'Cabut' }).click();
    // A pasted reason over the limit stays whole, is marked, and holds back the revocation.
    const reasonField = page.getByRole('dialog').getByLabel(/Alasan pencabutan/);
    await reasonField.fill('A'.repeat(1001));
    expect((await reasonField.inputValue()).length).toBe(1001);
    await expectVisible(page.getByRole('dialog').getByText('1001/1000'));
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Cabut' }).isDisabled()).toBe(true);
    await b.screenshot(page, 'certificate-revoke-too-long');
    await page
      .getByRole('dialog')
      .getByLabel(/Alasan pencabutan/)
      .fill('Diterbitkan untuk kegiatan yang dibatalkan');
    await page.getByRole('dialog').getByRole('button', { name: 'Cabut' }).click();
    await expectVisible(card.getByText('Dicabut', { exact: true }));
    await b.screenshot(page, 'certificates-register');
    await page.goto(`${b.baseUrl}/verify/${cert.verificationCode}`);
    await expectVisible(page.getByTestId('verify-status').getByText(/telah dicabut/));
    await page.context().close();
  });
});
