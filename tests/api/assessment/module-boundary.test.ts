import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(__dirname, '../../../api/src/modules/assessment');

/** The rules of the README's table: pure functions the services build on. */
const CORE = [
  'answer-text.ts',
  'evaluation.ts',
  'field-rules.ts',
  'gift-export.ts',
  'gift-import.ts',
  'item-analysis.ts',
  'learner-view.ts',
  'learning-gain.ts',
  'question-scoring.ts',
  'question.ts',
  'quiz-attempt.ts',
  'quiz-grade.ts',
  'review-policy.ts',
  'rubric.ts',
].filter((f) => fs.existsSync(path.join(DIR, f)));

describe('the assessment core stands alone', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  // The shared limits package holds constants only, the same for the API and the client.
  const shared = (i: string) => i.startsWith('../../common/') || i === '@komunitas-pintar/domain';
  it.each(CORE)('%s imports only its own files, common/ and the shared limits', (file) => {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith('./') && !shared(i))).toEqual([]);
    expect(
      imports
        .filter((i) => i.startsWith('./'))
        .map((i) => `${i.slice(2)}.ts`)
        .filter((f) => !CORE.includes(f)),
    ).toEqual([]);
  });

  it.each(files)('%s reads no clock of its own', (file) => {
    const source = fs.readFileSync(path.join(DIR, file), 'utf8');
    expect(source).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(/);
  });
});

describe('learning does not know assessment', () => {
  const learning = path.join(__dirname, '../../../api/src/modules/learning');
  it.each(fs.readdirSync(learning).filter((f) => f.endsWith('.ts')))('%s imports nothing from assessment', (file) => {
    expect(fs.readFileSync(path.join(learning, file), 'utf8')).not.toMatch(/from '\.\.\/assessment/);
  });
});
