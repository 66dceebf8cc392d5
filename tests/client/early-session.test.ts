/**
 * Which answers of the page's early session request the app takes for its own first session
 * query (client/src/app/apollo.ts): who is logged in, or that no one is; anything else is asked of
 * the server again.
 */
import type { ApolloLink } from '@apollo/client';

// The client's source is an ES module (client/package.json); jest's transform loads it either way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { takesEarlyAnswer } = require('../../client/src/app/apollo') as {
  takesEarlyAnswer(result: ApolloLink.Result | null | undefined): boolean;
};

const error = (code: string) => ({ message: code, extensions: { code } });

describe('the early session answer the app takes', () => {
  it('a user, or the refusal of a logged-out visitor', () => {
    expect(takesEarlyAnswer({ data: { me: { id: '1' }, viewerCan: { browseEmployees: false } } })).toBe(true);
    expect(takesEarlyAnswer({ data: null, errors: [error('UNAUTHENTICATED')] })).toBe(true);
  });

  it('no answer, another error, or an answer without the user is asked of the server again', () => {
    expect(takesEarlyAnswer(null)).toBe(false);
    expect(takesEarlyAnswer(undefined)).toBe(false);
    expect(takesEarlyAnswer({ data: null, errors: [error('INTERNAL_SERVER_ERROR')] })).toBe(false);
    expect(takesEarlyAnswer({ data: null, errors: [error('UNAUTHENTICATED'), error('INTERNAL_SERVER_ERROR')] })).toBe(false);
    expect(takesEarlyAnswer({ data: null })).toBe(false);
    expect(takesEarlyAnswer({})).toBe(false);
  });
});
