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
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
