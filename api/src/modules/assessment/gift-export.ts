/**
 * Writing bank questions as Moodle GIFT text, which `importGift` (and Moodle) read back. Every
 * text is written as `[markdown]`; points go in a `// points:` comment Moodle ignores.
 */
import { type ChoiceOption, type QuestionContent, QuestionType, isChoiceQuestion, isFullCredit } from './question';

/** A question to export, with the category path it belongs in (top first). */
export interface GiftItem {
  question: QuestionContent;
  category?: readonly string[];
}

/** Escapes GIFT's special characters and newlines (GIFT keeps a question on its lines with `\n`). */
export function escapeGift(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** An answer or feedback text; a leading `%` or `[` would read as a weight or a format, so it gets a marker. */
const part = (text: string) => (/^\s*[%[]/.test(text) ? `[markdown]${escapeGift(text)}` : escapeGift(text));

const withFeedback = (text: string, feedback?: string) => (feedback ? `${part(text)}#${part(feedback)}` : part(text));

/** A fraction as a GIFT percentage (up to 5 decimals, the 7 the bank keeps). */
const percent = (fraction: number) => `%${Number((fraction * 100).toFixed(5))}%`;

function choiceLines(type: QuestionType, options: readonly ChoiceOption[]): string[] {
  let equalsWritten = false;
  return options.map((option) => {
    let marker: string;
    // One `=` makes it single choice for the reader; any other fully right option is written `~%100%`.
    if (type === QuestionType.SINGLE_CHOICE && isFullCredit(option.fraction) && !equalsWritten) {
      marker = '=';
      equalsWritten = true;
    } else {
      marker = option.fraction === 0 ? '~' : `~${percent(option.fraction)}`;
    }
    return `\t${marker}${withFeedback(option.text, option.feedback)}`;
  });
}

/** The text between a question's braces. */
function answerBlock(question: QuestionContent): string {
  const general = question.generalFeedback ? `####${part(question.generalFeedback)}` : '';
  const lines = (answers: string[]) => `\n${[...answers, ...(general ? [`\t${general}`] : [])].join('\n')}\n`;
  if (isChoiceQuestion(question)) return lines(choiceLines(question.type, question.options));
  switch (question.type) {
    case QuestionType.TRUE_FALSE: {
      const right = question.correct ? question.trueFeedback : question.falseFeedback;
      const wrong = question.correct ? question.falseFeedback : question.trueFeedback;
      const feedback = wrong || right ? `#${wrong ? part(wrong) : ''}${right ? `#${part(right)}` : ''}` : '';
      return `${question.correct ? 'TRUE' : 'FALSE'}${feedback}${general}`;
    }
    case QuestionType.SHORT_ANSWER:
      return lines(
        question.answers.map((a) => `\t=${isFullCredit(a.fraction) ? '' : percent(a.fraction)}${withFeedback(a.text, a.feedback)}`),
      );
    case QuestionType.NUMERIC: {
      const answers = question.answers.map(
        (a) =>
          `\t=${isFullCredit(a.fraction) ? '' : percent(a.fraction)}${a.value}:${a.tolerance}${a.feedback ? `#${part(a.feedback)}` : ''}`,
      );
      const other = question.otherFeedback ? [`\t~#${part(question.otherFeedback)}`] : [];
      return `#${lines([...answers, ...other])}`;
    }
    case QuestionType.ESSAY:
      return general;
  }
}

/** One question as a GIFT block (without the blank line after it). */
export function questionToGift(question: QuestionContent): string {
  const title = question.title ? `::${escapeGift(question.title)}::` : '';
  return `// points: ${question.points}\n${title}[markdown]${escapeGift(question.text)}{${answerBlock(question)}}`;
}

/** A category path as Moodle writes it (a slash inside a name doubled). */
const categoryLine = (path: readonly string[]) => `$CATEGORY: ${['$course$', 'top', ...path.map((n) => n.replace(/\//g, '//'))].join('/')}`;

/**
 * GIFT text for the questions, in order, with a `$CATEGORY:` line wherever the category changes.
 * Grader notes of essays have no place in GIFT and are left out.
 */
export function exportGift(items: readonly GiftItem[]): string {
  const blocks: string[] = [];
  let category = '[]';
  for (const item of items) {
    const path = item.category ?? [];
    if (JSON.stringify(path) !== category) {
      blocks.push(categoryLine(path));
      category = JSON.stringify(path);
    }
    blocks.push(questionToGift(item.question));
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
