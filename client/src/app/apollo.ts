import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { typePolicies } from './cache-policies';

/** What the page's first script left: the session query it sent and its answer (`client/vite-early-session.ts`). */
interface EarlySession {
  query: string;
  answer: Promise<ApolloLink.Result | null>;
}

declare global {
  interface Window {
    /** The early session request; `false` once the app has started, so a late script asks nothing. */
    __kpSession?: EarlySession | false;
  }
}

/**
 * Whether the early answer is one the app takes as it is: who is logged in, or that no one is (the
 * server's UNAUTHENTICATED refusal). Anything else (no answer, another error, an answer without the
 * user) is asked of the server again, as the app would have asked it.
 */
export function takesEarlyAnswer(result: ApolloLink.Result | null | undefined): result is ApolloLink.Result {
  if (!result) return false;
  const errors = result.errors ?? [];
  if (errors.length) return errors.every((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return !!(result.data as { me?: unknown } | null | undefined)?.me;
}

/**
 * Answers the session queries of the app's start (up to its first render, `endEarlySession`) with
 * the answer the page's first script asked for before the app's code arrived, when it asked the
 * same query and got an answer it can take (`takesEarlyAnswer`); otherwise (no such script,
 * another text, a failed request, a body that is not a GraphQL answer, an error other than being
 * logged out, a later query) the query goes to the server as any other. All of the start, not only
 * the first query: Apollo Client keeps no answer that is an error, so a logged-out visitor's second
 * session query (the one the first render makes) would otherwise be asked again.
 */
export function earlySessionLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const early = window.__kpSession;
    if (operation.operationName !== 'Me' || !early || print(operation.query) !== early.query) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let forwarded: { unsubscribe(): void } | undefined;
      let closed = false;
      void Promise.resolve(early.answer)
        .catch(() => null)
        .then((result) => {
          if (closed) return;
          if (!takesEarlyAnswer(result)) {
            forwarded = forward(operation).subscribe(observer);
            return;
          }
          observer.next(result);
          observer.complete();
        });
      return () => {
        closed = true;
        forwarded?.unsubscribe();
      };
    });
  });
}

/** The app has rendered: later session queries (after a login, a logout) go to the server, and a late script asks nothing. */
export function endEarlySession(): void {
  window.__kpSession = false;
}

/** Same-origin requests; the session travels in the httpOnly cookie set at login. */
export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([earlySessionLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies,
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
