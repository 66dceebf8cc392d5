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
import { FullPageLoading, RequireAccess, RequireAuth } from './guards';
import { lazyPart } from './lazyPage';
import { type ModuleRoute, ModulesProvider } from './manifest';
import { MODULES } from './modules';
import { theme } from './theme';

const routes = MODULES.flatMap((m) => m.routes);

/**
 * The menu and bar around logged-in pages: a chunk of its own, so the login page does without
 * the drawer and its modal code. Fetched at once on any other page, beside the session query.
 */
const Layout = lazyPart(() => import('./Layout'), 'Layout');
if (!routes.some((r) => r.public && matchPath(r.path, window.location.pathname))) Layout.preload();

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
  const client = useMemo(createApolloClient, []);
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
