import { CSV_INDONESIAN, CSV_PLAIN, csvLine, csvText } from '../../../api/src/common/file-export';

describe('CSV cells', () => {
  it.each([
    ['plain text stays as it is', ['Budi Santoso', 'Pelatihan'], CSV_INDONESIAN, 'Budi Santoso;Pelatihan'],
    ['numbers take the decimal of the dialect', [21.5, 3], CSV_INDONESIAN, '21,5;3'],
    ['numbers take a decimal point in plain CSV', [21.5, 3], CSV_PLAIN, '21.5,3'],
    ['a cell holding the separator is quoted', ['a;b', 'a,b'], CSV_INDONESIAN, '"a;b";a,b'],
    ['a comma is quoted in plain CSV', ['a;b', 'a,b'], CSV_PLAIN, 'a;b,"a,b"'],
    ['quotes are doubled', ['Seminar "Publik"'], CSV_INDONESIAN, '"Seminar ""Publik"""'],
    ['formula-like text stays text', ['=HYPERLINK("x")', '+62', '-1', '@SUM'], CSV_INDONESIAN, `"'=HYPERLINK(""x"")";'+62;'-1;'@SUM`],
    ['a negative number is a number', [-1.5], CSV_INDONESIAN, '-1,5'],
  ])('%s', (_case, values, dialect, line) => {
    expect(csvLine(values, dialect)).toBe(line);
  });

  it('writes a file with a byte order mark and CRLF line ends', () => {
    expect(csvText(['a', 'b'])).toBe('\uFEFFa\r\nb\r\n');
  });
});
