import { inOrder, learnerView } from '../../../api/src/modules/assessment/learner-view';
import { type Question, QuestionType, isChoiceQuestion } from '../../../api/src/modules/assessment/question';
import { ALL_QUESTIONS, SINGLE } from './questions';

/** Every text a question holds that only the bank and the review may show. */
function keyTexts(question: Question): string[] {
  const texts: (string | undefined)[] = [question.title, question.generalFeedback];
  if (isChoiceQuestion(question)) texts.push(...question.options.map((o) => o.feedback));
  if (question.type === QuestionType.TRUE_FALSE) texts.push(question.trueFeedback, question.falseFeedback);
  if (question.type === QuestionType.SHORT_ANSWER) texts.push(...question.answers.flatMap((a) => [a.text, a.feedback]));
  if (question.type === QuestionType.NUMERIC) texts.push(question.otherFeedback, ...question.answers.map((a) => a.feedback));
  if (question.type === QuestionType.ESSAY) texts.push(question.graderNotes);
  return texts.filter((t): t is string => !!t);
}

/** Every property path and leaf value in a value, walked like a serialiser would. */
function walk(value: unknown, path = '', out: { path: string; leaf: unknown }[] = []) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, `${path}/${Array.isArray(value) ? '#' : key}`, out);
  } else {
    out.push({ path, leaf: value });
  }
  return out;
}

const ALLOWED_PATHS = ['/id', '/type', '/text', '/points', '/options/#/id', '/options/#/text'];

describe('learnerView: what a learner receives during an open attempt', () => {
  it.each(ALL_QUESTIONS.map((q) => [q.type, q] as const))('a %s question carries no key', (_, question) => {
    const view = learnerView(question);
    const leaves = walk(view);
    expect(leaves.map((l) => l.path).filter((p) => !ALLOWED_PATHS.includes(p))).toEqual([]);
    const visible = [question.text, ...(isChoiceQuestion(question) ? question.options.map((o) => o.text) : [])].join('\n');
    const serialised = JSON.stringify(view);
    for (const key of keyTexts(question).filter((t) => !visible.includes(t))) expect(serialised).not.toContain(key);
    // Fractions, tolerances and values never travel as numbers either: the only number is the points.
    expect(leaves.filter((l) => typeof l.leaf === 'number').map((l) => l.path)).toEqual(['/points']);
  });

  it('leaves out a field added to the bank later', () => {
    const withSecret = {
      ...SINGLE,
      answerExplanation: 'Surabaya',
      options: SINGLE.options.map((o) => ({ ...o, isRight: o.fraction === 1 })),
    };
    const view = learnerView(withSecret as Question);
    expect(
      walk(view)
        .map((l) => l.path)
        .filter((p) => !ALLOWED_PATHS.includes(p)),
    ).toEqual([]);
  });

  it('gives a choice question its options in the attempt’s order, texts only', () => {
    expect(learnerView(SINGLE, ['c', 'a', 'b'])).toEqual({
      id: 'q-single',
      type: QuestionType.SINGLE_CHOICE,
      text: 'Ibu kota Jawa Timur adalah …',
      points: 2,
      options: [
        { id: 'c', text: 'Malang' },
        { id: 'a', text: 'Surabaya' },
        { id: 'b', text: 'Sidoarjo' },
      ],
    });
  });

  it('gives other questions no options', () => {
    for (const question of ALL_QUESTIONS.filter((q) => !isChoiceQuestion(q))) expect(learnerView(question)).not.toHaveProperty('options');
  });

  it('does not hand out the question object itself', () => {
    const view = learnerView(SINGLE);
    (view.options as { id: string; text: string }[])[0].text = 'changed';
    expect(SINGLE.options[0].text).toBe('Surabaya');
  });
});

describe('inOrder: options in a stored order', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each<[string, string[] | undefined, string[]]>([
    ['no order: as authored', undefined, ['a', 'b', 'c']],
    ['a full order', ['b', 'c', 'a'], ['b', 'c', 'a']],
    ['an option added after the attempt started comes last', ['c', 'a'], ['c', 'a', 'b']],
    ['an option removed since is skipped', ['c', 'x', 'b', 'a'], ['c', 'b', 'a']],
  ])('%s', (_, order, ids) => {
    expect(inOrder(items, order).map((i) => i.id)).toEqual(ids);
  });
});
