import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin requests; the session travels in the httpOnly cookie set at login. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Reference rows are keyed by their code, not an `id`.
        PositionTypeInfo: { keyFields: ['code'] },
        SettingInfo: { keyFields: ['key'] },
        // Ids unique only inside their parent: an option's id within its question, a question's
        // within an attempt (the same question has other answers in another attempt).
        AttemptQuestion: { keyFields: false },
        AttemptOption: { keyFields: false },
        BankOption: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
