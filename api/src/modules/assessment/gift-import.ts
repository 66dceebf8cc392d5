/**
 * Reading Moodle's GIFT text format into bank questions. It never throws on bad input: each
 * question that cannot be read is reported with its line and skipped, the others are returned.
 * The supported syntax, and how it maps to question types, is in this module's README.
 */
import {
  type AcceptedAnswer,
  type ChoiceOption,
  type NumericAnswer,
  type QuestionContent,
  QuestionType,
  questionProblems,
  roundFraction,
} from './question';

/** A question read from GIFT. */
export interface GiftQuestion {
  /** 1-based line where the question starts. */
  line: number;
  /** The `$CATEGORY:` path in force, top first (`$course$/top` left out); absent when none. */
  category?: string[];
  question: QuestionContent;
}

/** A question that could not be read. */
export interface GiftError {
  /** 1-based line of the problem (of the question, when no finer place is known). */
  line: number;
  /** Stable code the client translates: a GIFT code below, or a `questionProblems` rule. */
  code: string;
  message: string;
  /** The question's `::title::`, when it had one. */
  title?: string;
}

export interface GiftImport {
  questions: GiftQuestion[];
  errors: GiftError[];
}

export interface GiftImportOptions {
  /** Points of a question without a `// points:` comment (GIFT has no points of its own). Default 1. */
  defaultPoints?: number;
}

/** Escaped characters become private-use placeholders while the structure is read. */
const PLACEHOLDER: Record<string, string> = {
  '\\': '\uE000',
  ':': '\uE001',
  '#': '\uE002',
  '=': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  '~': '\uE006',
  n: '\uE007',
};
const LITERAL: Record<string, string> = Object.fromEntries(Object.entries(PLACEHOLDER).map(([c, p]) => [p, c === 'n' ? '\n' : c]));

const protect = (text: string) => text.replace(/\\([\\:#=~{}n])/g, (_, c: string) => PLACEHOLDER[c]);
const restore = (text: string) => text.replace(/[\uE000-\uE007]/g, (p) => LITERAL[p]);

/** Text of a part, without a leading format marker (`[markdown]`, `[html]`, `[plain]`, `[moodle]`), unescaped and trimmed. */
const cleanText = (text: string) => restore(text.trim().replace(/^\[(?:markdown|html|plain|moodle)\]/, '')).trim();

class GiftProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

interface Block {
  lines: { no: number; text: string }[];
  comments: string[];
}

/** Questions are separated by blank lines; comment lines (`//`) belong to the block they are in. */
function readBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((text, i) => {
      if (!text.trim()) {
        current = null;
        return;
      }
      if (!current) blocks.push((current = { lines: [], comments: [] }));
      if (text.trim().startsWith('//')) current.comments.push(text.trim());
      else current.lines.push({ no: i + 1, text: protect(text) });
    });
  return blocks.filter((b) => b.lines.length > 0);
}

/** A `$CATEGORY:` path: `//` stands for a slash in a name; context (`$course$`) and `top` are left out. */
function readCategory(path: string): string[] | undefined {
  const names = restore(path)
    .trim()
    .replace(/^\$[a-z]+\$\/?/, '')
    // NUL marks an escaped slash while the path is split: it cannot occur in a category name.
    .replace(/\/\//g, '\u0000')
    .split('/')
    // eslint-disable-next-line no-control-regex -- NUL is the marker set above
    .map((n) => n.replace(/\u0000/g, '/').trim())
    .filter(Boolean);
  if (names[0] === 'top') names.shift();
  return names.length ? names : undefined;
}

interface Part {
  marker: string;
  body: string;
  /** Offset of the part's body in the block text. */
  offset: number;
}

/** Splits answer text at each marker character; text before the first marker is a part with marker ''. */
function splitParts(text: string, markers: string, offset: number): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let marker = '';
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !markers.includes(text[i])) continue;
    const body = text.slice(start, i);
    if (marker || body.trim()) parts.push({ marker, body, offset: offset + start });
    marker = text[i];
    start = i + 1;
  }
  return parts;
}

/** A leading `%50%` weight: the fraction and the rest of the part, or null when there is none. */
function readWeight(part: Part): { fraction: number; rest: string } | null {
  const match = /^\s*%\s*(-?\d+(?:[.,]\d+)?)\s*%/.exec(part.body);
  if (!match) return null;
  const percent = Number(match[1].replace(',', '.'));
  if (Math.abs(percent) > 100) throw new GiftProblem('BAD_WEIGHT', `A weight must be between -100% and 100%, not ${percent}%`, part.offset);
  return { fraction: roundFraction(percent / 100), rest: part.body.slice(match[0].length) };
}

/** `text#feedback`, each cleaned; feedback undefined when absent or blank. */
function textAndFeedback(body: string): { text: string; feedback?: string } {
  const hash = body.indexOf('#');
  const text = cleanText(hash < 0 ? body : body.slice(0, hash));
  const feedback = hash < 0 ? '' : cleanText(body.slice(hash + 1));
  return feedback ? { text, feedback } : { text };
}

function readChoices(
  answers: string,
  offset: number,
): { type: QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE; options: ChoiceOption[] } {
  const options = splitParts(answers, '~=', offset).map((part, i): ChoiceOption => {
    const weight = part.marker === '=' ? null : readWeight(part);
    const fraction = part.marker === '=' ? 1 : (weight?.fraction ?? 0);
    return { id: String(i + 1), ...textAndFeedback(weight?.rest ?? part.body), fraction };
  });
  // As in Moodle: an `=` option makes it single choice; only `~` options with weights, multiple choice.
  return { type: answers.includes('=') ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, options };
}

function readShortAnswers(answers: string, offset: number): AcceptedAnswer[] {
  return splitParts(answers, '=', offset).map((part) => {
    const weight = readWeight(part);
    return { ...textAndFeedback(weight?.rest ?? part.body), fraction: weight?.fraction ?? 1 };
  });
}

/** A number as GIFT writes it (also with a decimal comma, as Indonesian trainers may type it). */
function readGiftNumber(text: string, offset: number): number {
  const t = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) throw new GiftProblem('NOT_A_NUMBER', `“${t}” is not a number`, offset);
  return Number(t.replace(',', '.'));
}

/** `value`, `value:tolerance` or `min..max`. */
function readNumericAnswer(part: Part): NumericAnswer {
  const weight = readWeight(part);
  const { text, feedback } = textAndFeedback(weight?.rest ?? part.body);
  const fraction = weight?.fraction ?? 1;
  const range = text.indexOf('..');
  const colon = text.indexOf(':');
  let answer: NumericAnswer;
  if (range > 0) {
    const [min, max] = [readGiftNumber(text.slice(0, range), part.offset), readGiftNumber(text.slice(range + 2), part.offset)];
    if (min > max) throw new GiftProblem('BAD_RANGE', `The range ${text} runs backwards`, part.offset);
    answer = { value: (min + max) / 2, tolerance: (max - min) / 2, fraction };
  } else if (colon > 0) {
    answer = {
      value: readGiftNumber(text.slice(0, colon), part.offset),
      tolerance: readGiftNumber(text.slice(colon + 1), part.offset),
      fraction,
    };
  } else {
    answer = { value: readGiftNumber(text, part.offset), tolerance: 0, fraction };
  }
  return feedback ? { ...answer, feedback } : answer;
}

function readNumeric(answers: string, offset: number): { answers: NumericAnswer[]; otherFeedback?: string } {
  const body = answers.slice(1);
  const tilde = body.indexOf('~');
  const parts = splitParts(tilde < 0 ? body : body.slice(0, tilde), '=', offset + 1);
  if (parts.length === 0) throw new GiftProblem('NO_ANSWERS', 'A numerical question needs at least one number');
  const otherFeedback = tilde < 0 ? undefined : textAndFeedback(body.slice(tilde + 1)).feedback;
  return { answers: parts.map(readNumericAnswer), ...(otherFeedback ? { otherFeedback } : {}) };
}

/** The fields of a question that its answers decide. */
type AnswerFields = QuestionContent extends infer Q ? (Q extends QuestionContent ? Omit<Q, 'text' | 'points'> : never) : never;

/** The type-specific part of a question from the text between its braces (general feedback removed). */
function readAnswers(answers: string, offset: number): AnswerFields {
  const trimmed = answers.trim();
  if (trimmed === '') return { type: QuestionType.ESSAY };
  if (trimmed.startsWith('#')) return { type: QuestionType.NUMERIC, ...readNumeric(trimmed, offset + answers.indexOf('#')) };
  if (trimmed.includes('~')) return readChoices(answers, offset);
  if (trimmed.includes('=') && trimmed.includes('->')) {
    throw new GiftProblem('UNSUPPORTED_TYPE', 'Matching questions are not supported');
  }
  const [truth, wrong, right] = splitTrueFalse(trimmed);
  if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) {
    const correct = truth.startsWith('T');
    const [trueFeedback, falseFeedback] = (correct ? [right, wrong] : [wrong, right]).map(cleanText);
    return {
      type: QuestionType.TRUE_FALSE,
      correct,
      ...(trueFeedback ? { trueFeedback } : {}),
      ...(falseFeedback ? { falseFeedback } : {}),
    };
  }
  return { type: QuestionType.SHORT_ANSWER, answers: readShortAnswers(answers, offset) };
}

/** `T#feedback if wrong#feedback if right`, as Moodle reads it. */
function splitTrueFalse(text: string): [string, string, string] {
  const [truth, ...rest] = text.split('#');
  const wrong = rest.shift() ?? '';
  return [truth.trim(), wrong, rest.join('#')];
}

interface BlockResult {
  /** The block's `$CATEGORY:` (undefined: back to none); null when it sets none. */
  category: string[] | undefined | null;
  question?: { line: number; content: QuestionContent };
  error?: GiftError;
}

/** The question of a block (its lines without the category line), or the problem that stops it. */
function readQuestion(lines: Block['lines'], points: number): Pick<BlockResult, 'question' | 'error'> {
  const text = lines.map((l) => l.text).join('\n');
  const lineAt = (offset: number) => lines[text.slice(0, offset).split('\n').length - 1].no;
  let title: string | undefined;
  try {
    let start = /^\s*/.exec(text)![0].length;
    if (text.startsWith('::', start)) {
      const end = text.indexOf('::', start + 2);
      if (end < 0) throw new GiftProblem('TITLE_NOT_CLOSED', 'The title has no closing ::', start);
      title = cleanText(text.slice(start + 2, end)) || undefined;
      start = end + 2;
    }
    const open = text.indexOf('{', start);
    const close = text.indexOf('}', start);
    if (open < 0 && close < 0) throw new GiftProblem('NO_ANSWERS', 'Text without {answers} is a description, not a question');
    const nested = text.indexOf('{', open + 1);
    if (open < 0 || close < open || (nested >= 0 && nested < close)) {
      throw new GiftProblem('UNBALANCED_BRACES', 'The answers need one { and one } around them', open < 0 ? close : open);
    }
    const after = text.slice(close + 1);
    if (/[{}]/.test(after))
      throw new GiftProblem('UNBALANCED_BRACES', 'A question has one set of {answers}', close + 1 + after.search(/[{}]/));
    // Answers inside the text ("missing word") leave a blank where they stood.
    const questionText = cleanText(text.slice(start, open) + (after.trim() ? `_____${after}` : ''));
    let answers = text.slice(open + 1, close);
    const general = answers.lastIndexOf('####');
    const generalFeedback = general < 0 ? '' : cleanText(answers.slice(general + 4));
    if (general >= 0) answers = answers.slice(0, general);
    const content = {
      ...(title ? { title } : {}),
      text: questionText,
      points,
      ...(generalFeedback ? { generalFeedback } : {}),
      ...readAnswers(answers, open + 1),
    } as QuestionContent;
    return { question: { line: lines[0].no, content } };
  } catch (e) {
    const problem = e instanceof GiftProblem ? e : new GiftProblem('UNREADABLE', 'This question could not be read');
    const line = problem.offset === undefined ? lines[0].no : lineAt(problem.offset);
    return { error: { line, code: problem.code, message: problem.message, ...(title ? { title } : {}) } };
  }
}

function readBlock(block: Block, options: GiftImportOptions): BlockResult {
  const head = /^\s*\$CATEGORY:(.*)$/.exec(block.lines[0].text);
  const category = head ? readCategory(head[1]) : null;
  const lines = head ? block.lines.slice(1) : block.lines;
  if (lines.length === 0) return { category };
  const pointsComment = block.comments.map((c) => /^\/\/\s*points:\s*([\d.,]+)\s*$/i.exec(c)).find(Boolean);
  const points = pointsComment ? Number(pointsComment[1].replace(',', '.')) : (options.defaultPoints ?? 1);
  return { category, ...readQuestion(lines, points) };
}

/**
 * Reads GIFT text: multiple choice (single and multiple with percentages), true/false, short
 * answer, numerical (tolerance, ranges, several weighted answers), essay, `$CATEGORY:`, titles,
 * feedback, general feedback, comments, escapes and format markers. Returns the questions read and,
 * for each question that could not be read or is not valid, an error with its line.
 */
export function importGift(source: string, options: GiftImportOptions = {}): GiftImport {
  const questions: GiftQuestion[] = [];
  const errors: GiftError[] = [];
  let category: string[] | undefined;
  for (const block of readBlocks(source)) {
    const read = readBlock(block, options);
    if (read.category !== null) category = read.category;
    if (read.error) errors.push(read.error);
    if (!read.question) continue;
    const { line, content } = read.question;
    const problems = questionProblems(content);
    const title = content.title ? { title: content.title } : {};
    if (problems.length) errors.push(...problems.map((p) => ({ line, code: p.rule, message: `${p.field}: ${p.message}`, ...title })));
    else questions.push({ line, ...(category ? { category: [...category] } : {}), question: content });
  }
  return { questions, errors };
}
