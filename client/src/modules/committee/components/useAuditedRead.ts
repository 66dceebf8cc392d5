import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';

/** Reads being answered, by query and variables: a second caller (React's development double effects) shares the first. */
const answering = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * An audited read (a search, a pool, a history): every read is recorded on the server, so it is
 * sent once for each set of variables the page has shown, kept out of the shared cache (nothing
 * written there later can make the page ask again), and started from an effect, which runs for a
 * page React has shown, never from rendering. `useQuery` starts a request while rendering when its
 * options change; a page whose URL changes in a navigation can be rendered with its old and new
 * URL in turn, each turn from skipped to asked sending the read once more, so the server recorded
 * reads nobody made. `variables` null: nothing is asked yet (no purpose given).
 *
 * Returns what `Cell`, `ListPage` and `withPrevious` read of a `useQuery` result; `refetch` reads
 * again (a retry after an error is a new read, recorded as such).
 */
export function useAuditedRead<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
) {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const key = variables && `${attempt} ${JSON.stringify(variables)}`;
  const [answer, setAnswer] = useState<{ key: string | null; data?: TData; error?: unknown; previousData?: TData }>({ key: null });

  useEffect(() => {
    if (!key || !variables) return;
    let shown = true;
    const reads = answering.get(query) ?? new Map<string, Promise<unknown>>();
    answering.set(query, reads);
    let read = reads.get(key) as Promise<TData> | undefined;
    if (!read) {
      read = client.query({ query, variables, fetchPolicy: 'no-cache' }).then((r) => r.data as TData);
      reads.set(key, read);
      const done = () => reads.delete(key);
      read.then(done, done);
    }
    read.then(
      (data) => shown && setAnswer((a) => ({ key, data, previousData: a.data ?? a.previousData })),
      (error: unknown) => shown && setAnswer((a) => ({ key, error, previousData: a.data ?? a.previousData })),
    );
    return () => {
      shown = false;
    };
    // `key` stands for `variables`: the same variables in a new object are not a new read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query, key]);

  const answered = answer.key === key;
  return {
    data: answered ? answer.data : undefined,
    error: answered ? answer.error : undefined,
    loading: !!key && !answered,
    previousData: answered ? answer.previousData : (answer.data ?? answer.previousData),
    refetch: () => setAttempt((n) => n + 1),
  };
}
