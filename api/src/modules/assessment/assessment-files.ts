import type { Actor } from '../../common/actor';
import type { FileReader } from '../file/file-readers';
import { learnerView } from './learner-view';
import type { Question } from './question';
import { assessmentPolicy } from './assessment.policy';

/**
 * A picture or file shown in a question (`/files/<id>` in its Markdown). The owner of a question
 * using it reads it (administrators every one); a learner reads it when it is part of what they
 * were shown of a question in one of their own attempts: the question's text or an option's text,
 * as `learnerView` gives them. Feedback, accepted answers and grader notes are not what a learner
 * was shown, so a file only they use stays closed to learners.
 */
export const readQuestionFile: FileReader = async (em, actor: Actor, file) => {
  const needle = `/files/${file.id}`;
  const conn = em.getConnection();
  if (assessmentPolicy.useBank(actor)) {
    const owners: { owner_id: string }[] = await conn.execute(
      `select distinct owner_id from bank_question where strpos(text, ?) > 0 or strpos(content::text, ?) > 0`,
      [needle, needle],
    );
    if (owners.some((o) => assessmentPolicy.ownBankItem(actor, o.owner_id))) return true;
  }
  if (!actor.employeeId) return false;
  const attempts: { paper: Question[]; option_order: Record<string, string[]> }[] = await conn.execute(
    `select paper, option_order from quiz_attempt where employee_id = ? and strpos(paper::text, ?) > 0`,
    [actor.employeeId, needle],
  );
  return attempts.some((a) =>
    a.paper.some((question) => {
      const shown = learnerView(question, a.option_order?.[question.id]);
      return [shown.text, ...(shown.options ?? []).map((o) => o.text)].some((text) => text.includes(needle));
    }),
  );
};
