import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { typePolicies } from './cache-policies';

/** Same-origin requests; the session travels in the httpOnly cookie set at login. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies,
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
