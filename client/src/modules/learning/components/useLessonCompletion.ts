import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import type { CompleteLessonMutation as CompleteLessonData, LearningRecordFieldsFragment } from '../../../gql/graphql';
import { CompleteLessonMutation } from '../graphql/learning';

/** The competency levels finishing the module proposed as evidence, as the server made them. */
export type ProposedEvidence = CompleteLessonData['completeLesson']['evidenceProposed'];

export type Celebrated = {
  record: LearningRecordFieldsFragment | null;
  creditedEarlier: LearningRecordFieldsFragment | null;
  evidenceProposed: ProposedEvidence;
};

/** Marks a lesson done once per visit (by hand or by reaching its end), and what finishing the module earned. */
export function useLessonCompletion(lessonId: string) {
  const [complete, completing] = useMutation(CompleteLessonMutation, { refetchQueries: ['MyLearning'] });
  const [error, setError] = useState<unknown>(null);
  const [celebrate, setCelebrate] = useState<Celebrated | null>(null);
  const sent = useRef(false);

  const markDone = useCallback(
    async (how: 'MANUAL' | 'VIEWED_TO_END') => {
      if (sent.current) return;
      sent.current = true;
      setError(null);
      try {
        const result = await complete({ variables: { input: { lessonId, how } } });
        const payload = result.data!.completeLesson;
        if (payload.moduleCompleted)
          setCelebrate({
            record: payload.record ?? null,
            creditedEarlier: payload.creditedEarlier ?? null,
            evidenceProposed: payload.evidenceProposed,
          });
      } catch (err) {
        sent.current = false;
        setError(err);
      }
    },
    [complete, lessonId],
  );
  return { markDone, completing: completing.loading, error, setError, celebrate, setCelebrate };
}
