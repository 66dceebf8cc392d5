import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { enUS, idID } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { Suspense, useMemo } from 'react';
import { BrowserRouter, matchPath, Route, Routes } from 'react-router';
import { NotFoundPage } from '../ui/NotFoundPage';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { MeQuery } from '../modules/identity/graphql/session';
import { FullPageLoading, RequireAccess, RequireAuth } from './guards';
import { lazyPart } from './lazyPage';
import { askFirstQuery, homeCards, type ModuleRoute, ModulesProvider } from './manifest';
import { MODULES } from './modules';
import { rememberedStartCards, sessionRemembered } from './startCards';
import { theme } from './theme';

const routes = MODULES.flatMap((m) => m.routes);
/** One client for the app's life, so what is asked for before the first render lands in its cache. */
const client = createApolloClient();

/** The menu and bar around logged-in pages: a chunk of its own, so the login page does without the drawer and its modal code. */
const Layout = lazyPart(() => import('./Layout'), 'Layout');

/**
 * Asks at once, side by side, for what the page at the address needs and who is logged in does not
 * change, most needed first (a slow link has few connections): the session, on the start page the
 * first query of the first card with one that the user sees, the page's strings and code, the menu
 * and bar, then that card. Otherwise each would wait for the one before it: the session, then the
 * page, then its data. Which cards the user sees is what the start page showed after a login in
 * this browser, while that session lasts (`startCards.ts`); without one (logged out, the session
 * over, no login here) nothing is asked for a card, so no query or code is fetched for nothing.
 * The menu and bar likewise: asked at once only while such a session lasts, otherwise once the
 * session answers that someone is logged in, so a logged-out visitor sent to the login page does
 * not fetch them. The start page's other cards follow once the page shows.
 */
export function preloadOpenedPage() {
  const session = client.query({ query: MeQuery, errorPolicy: 'all' }).catch(() => undefined);
  const opened = routes.find((r) => matchPath(r.path, window.location.pathname));
  const seen = opened?.path === '' ? rememberedStartCards() : [];
  const card = homeCards(MODULES).find((c) => c.firstQuery && seen.includes(c.id));
  askFirstQuery(card, client);
  opened?.page.preload?.();
  if (!opened?.public && sessionRemembered()) Layout.preload();
  else if (!opened?.public) void session.then((answer) => answer?.data?.me && Layout.preload());
  card?.component.preload();
}

/** A module's page behind the guard of the roles and ability its route declares. */
function routeElement({ page: Page, roles, can }: ModuleRoute) {
  return roles?.length || can ? (
    <RequireAccess roles={roles} can={can}>
      <Page />
    </RequireAccess>
  ) : (
    <Page />
  );
}

export function App() {
  const { i18n } = useTranslation();
  // MUI's own labels (pagination, autocomplete) follow the chosen language.
  const localTheme = useMemo(() => createTheme(theme, i18n.language === 'en' ? enUS : idID), [i18n.language]);
  return (
    <ApolloProvider client={client}>
      <ThemeProvider theme={localTheme}>
        <CssBaseline />
        <AuthProvider>
          <ModulesProvider value={MODULES}>
            <BrowserRouter>
              <Suspense fallback={<FullPageLoading />}>
                <Routes>
                  {routes
                    .filter((r) => r.public)
                    .map((r) => (
                      <Route key={r.path} path={r.path} element={routeElement(r)} />
                    ))}
                  <Route
                    element={
                      <RequireAuth>
                        <Layout />
                      </RequireAuth>
                    }
                  >
                    {routes
                      .filter((r) => !r.public)
                      .map((r) =>
                        r.path === '' ? (
                          <Route key="" index element={routeElement(r)} />
                        ) : (
                          <Route key={r.path} path={r.path} element={routeElement(r)} />
                        ),
                      )}
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </ModulesProvider>
        </AuthProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
