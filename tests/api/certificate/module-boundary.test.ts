import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(__dirname, '../../../api/src/modules/certificate');
/** The libraries the certificate document is made with. */
const LIBRARIES = ['node:crypto', 'pdfkit', 'qrcode', '@komunitas-pintar/domain'];

/** The files that make the document: number, code, masked NIP and PDF. */
const DOCUMENT = ['certificate-pdf.ts', 'nip-mask.ts', 'registered-number.ts', 'verification-code.ts'];

describe('the certificate document stands alone', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it.each(DOCUMENT)('%s imports only its own files, common/, the shared rules and its libraries', (file) => {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('../../common/') && !LIBRARIES.includes(i))).toEqual([]);
  });

  it.each(files)('%s reads no clock of its own and draws randomness only from the cryptographic source', (file) => {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    expect(source).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(/);
  });
});
