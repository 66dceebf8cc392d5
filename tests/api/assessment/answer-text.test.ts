import { normaliseAnswer, readNumber } from '../../../api/src/modules/assessment/answer-text';

describe('normaliseAnswer: how short answers are compared', () => {
  it.each<[string, string, string]>([
    ['case', 'JAKARTA', 'jakarta'],
    ['surrounding spaces', '  Jakarta \t', 'jakarta'],
    ['repeated spaces inside', 'Daerah   Khusus\u00a0 Ibukota', 'daerah khusus ibukota'],
    ['diacritics (é in KBBI spellings)', 'Pérak', 'perak'],
    ['precomposed and decomposed forms alike', 'Sate\u0301', 'sate'],
    ['typographic apostrophe from a phone keyboard', 'Jum’at', "jum'at"],
    ['typographic quotes', '“Bhinneka”', '"bhinneka"'],
    ['en dash for a hyphen', 'kupu–kupu', 'kupu-kupu'],
    ['punctuation is kept', 'Jakarta.', 'jakarta.'],
    ['old spellings are not merged', 'Soekarno', 'soekarno'],
  ])('%s', (_, typed, normalised) => {
    expect(normaliseAnswer(typed)).toBe(normalised);
  });

  it('keeps different words apart that spelling rules would merge', () => {
    expect(normaliseAnswer('raja')).not.toBe(normaliseAnswer('raya'));
  });
});

describe('readNumber: numbers as Indonesians and calculators type them', () => {
  it.each<[string, string, number[]]>([
    ['integer', '42', [42]],
    ['decimal comma', '3,5', [3.5]],
    ['decimal point', '3.5', [3.5]],
    ['surrounding spaces', ' 3,5 ', [3.5]],
    ['negative', '-2,25', [-2.25]],
    ['minus sign', '\u22122,5', [-2.5]],
    ['plus sign', '+7', [7]],
    ['leading decimal mark', ',5', [0.5]],
    ['trailing decimal mark', '3,', [3]],
    ['Indonesian thousands and decimals', '1.250,75', [1250.75]],
    ['English thousands and decimals', '1,250.75', [1250.75]],
    ['Indonesian millions', '1.000.000', [1000000]],
    ['English millions', '1,000,000', [1000000]],
    ['ambiguous dot: 1.5 or 1500', '1.500', [1.5, 1500]],
    ['ambiguous comma: 12.345 or 12345', '12,345', [12.345, 12345]],
    ['a leading zero is never a thousands group', '0,500', [0.5]],
    ['two decimals are not a thousands group', '1,50', [1.5]],
    ['four decimals are not a thousands group', '1.5000', [1.5]],
    ['zero', '0', [0]],
    ['negative zero is zero', '-0', [0]],
  ])('%s: %s', (_, typed, readings) => {
    expect(readNumber(typed)).toEqual(readings);
  });

  it.each(['', ' ', 'tiga', '3,5 kg', '1.2.3,4,5', '1.23.456', '3 5', '--3', '1e3', '.', 'Rp 1.500'])('%j is not a number', (typed) => {
    expect(readNumber(typed)).toEqual([]);
  });
});
