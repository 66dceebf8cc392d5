import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttemptFieldsFragment, SaveQuizAnswerInput } from '../../../gql/graphql';
import { errorCode } from '../../../ui/errors';
import { SaveQuizAnswerMutation } from '../graphql/assessment';

export type Response = { optionIds?: string[] | null; truth?: boolean | null; text?: string | null };
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** How long typing pauses before a typed answer is saved. */
const TYPING_PAUSE_MS = 800;

/**
 * The attempt's answers as the learner gives them, saved as they change: a choice at once, typed
 * text after a pause. Each save carries the question's next revision, so a slow save that arrives
 * after a newer one changes nothing on the server. `flush` saves what waits (before submitting).
 */
export function useAutosave(attempt: AttemptFieldsFragment, onDeadline: () => void) {
  const [responses, setResponses] = useState<Record<string, Response>>(() =>
    Object.fromEntries(attempt.questions.map((q) => [q.id, q.response ?? {}])),
  );
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const revisions = useRef(new Map(attempt.questions.map((q) => [q.id, q.revision])));
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<Promise<unknown>>());
  const waiting = useRef(new Map<string, Response>());
  const [save] = useMutation(SaveQuizAnswerMutation);

  const send = useCallback(
    (questionId: string, response: Response) => {
      waiting.current.delete(questionId);
      const revision = (revisions.current.get(questionId) ?? 0) + 1;
      revisions.current.set(questionId, revision);
      const input: SaveQuizAnswerInput = {
        attemptId: attempt.id,
        questionId,
        revision,
        optionIds: response.optionIds ?? null,
        truth: response.truth ?? null,
        text: response.text ?? null,
      };
      setState('saving');
      const request = save({ variables: { input } })
        .then((result) => {
          setSavedAt(result.data?.saveQuizAnswer.savedAt ?? null);
          if (inFlight.current.size <= 1 && !waiting.current.size) setState('saved');
        })
        .catch((error: unknown) => {
          if (errorCode(error) === 'CONFLICT') onDeadline();
          else {
            waiting.current.set(questionId, response);
            setState('failed');
          }
        })
        .finally(() => inFlight.current.delete(request));
      inFlight.current.add(request);
      return request;
    },
    [attempt.id, save, onDeadline],
  );

  const answer = useCallback(
    (questionId: string, response: Response, typed = false) => {
      setResponses((all) => ({ ...all, [questionId]: response }));
      clearTimeout(timers.current.get(questionId));
      if (typed) {
        waiting.current.set(questionId, response);
        setState('saving');
        timers.current.set(
          questionId,
          setTimeout(() => void send(questionId, response), TYPING_PAUSE_MS),
        );
      } else {
        void send(questionId, response);
      }
    },
    [send],
  );

  /** Saves every answer still waiting (typing pauses, failed saves) and waits for all saves. */
  const flush = useCallback(async () => {
    for (const [questionId, response] of [...waiting.current]) {
      clearTimeout(timers.current.get(questionId));
      void send(questionId, response);
    }
    await Promise.allSettled([...inFlight.current]);
  }, [send]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  // Leaving with unsaved typing asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (waiting.current.size || inFlight.current.size) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return { responses, answer, flush, state, savedAt, retry: flush };
}

/** Whether a response holds an answer. */
export function isAnswered(response: Response | undefined): boolean {
  if (!response) return false;
  return !!response.optionIds?.length || response.truth != null || !!response.text?.trim();
}
