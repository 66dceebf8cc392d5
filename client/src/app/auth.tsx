import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { CurrentUserFieldsFragment, MeQuery as MeData, Role } from '../gql/graphql';
import { LoginMutation, LogoutMutation, MeQuery } from '../modules/identity/graphql/session';
import { errorCode } from '../ui/errors';
import { rememberSession } from './startCards';

/** What the logged-in user may do across the app, as the server decides it. */
export type Abilities = Omit<MeData['viewerCan'], '__typename'>;
export type Ability = keyof Abilities;

interface Auth {
  user: CurrentUserFieldsFragment | null;
  /** The server's answers for the menus and pages to offer; null while logged out. */
  abilities: Abilities | null;
  /** True until the first `me` answer arrives. */
  loading: boolean;
  /** Set when `me` failed for a reason other than being logged out. */
  error: unknown;
  hasRole(...roles: Role[]): boolean;
  can(ability: Ability): boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Loads the user again (after a change to the account, such as a forced password change). */
  reload(): Promise<unknown>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first', errorPolicy: 'all' });
  const [loginMutation] = useMutation(LoginMutation);
  const [logoutMutation] = useMutation(LogoutMutation);
  const loggedOut = me.error !== undefined && errorCode(me.error) === 'UNAUTHENTICATED';
  const user = loggedOut ? null : (me.data?.me ?? null);
  const abilities = loggedOut ? null : (me.data?.viewerCan ?? null);

  const login = useCallback(
    async (username: string, password: string) => {
      const { data } = await loginMutation({ variables: { input: { username, password } } });
      rememberSession(data?.login.expiresAt as string | undefined);
      // A new user: forget everything cached for the previous one, then load `me` afresh.
      await client.clearStore();
      await me.refetch();
    },
    [client, loginMutation, me],
  );

  const logout = useCallback(async () => {
    rememberSession();
    try {
      await logoutMutation();
    } finally {
      await client.clearStore();
      await me.refetch().catch(() => undefined);
    }
  }, [client, logoutMutation, me]);

  const value = useMemo<Auth>(
    () => ({
      user,
      abilities,
      loading: me.loading && !me.data && !me.error,
      error: loggedOut ? undefined : me.error,
      hasRole: (...roles) => !!user && roles.some((r) => user.roles.includes(r)),
      can: (ability) => !!abilities?.[ability],
      login,
      logout,
      reload: () => me.refetch(),
    }),
    [user, abilities, loggedOut, login, logout, me],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
