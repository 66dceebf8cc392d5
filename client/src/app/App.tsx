import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { enUS, idID } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { Suspense, useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { competencyRoutes } from '../modules/competency/routes';
import { learningRoutes } from '../modules/learning/routes';
import { recordRoutes } from '../modules/record/routes';
import { NotFoundPage } from '../ui/NotFoundPage';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { FullPageLoading, RequireAuth, RequireRole } from './guards';
import { Layout } from './Layout';
import { lazyPage } from './lazyPage';
import { theme } from './theme';

const HomePage = lazyPage(() => import('../modules/home/pages/HomePage'), 'HomePage');
const LoginPage = lazyPage(() => import('../modules/identity/pages/LoginPage'), 'LoginPage');
const ProfilePage = lazyPage(() => import('../modules/identity/pages/ProfilePage'), 'ProfilePage');
const EmployeePage = lazyPage(() => import('../modules/organisation/pages/EmployeePage'), 'EmployeePage');
const EmployeesPage = lazyPage(() => import('../modules/organisation/pages/EmployeesPage'), 'EmployeesPage');
const ImportEmployeesPage = lazyPage(() => import('../modules/organisation/pages/ImportEmployeesPage'), 'ImportEmployeesPage');
const OrganisationPage = lazyPage(() => import('../modules/organisation/pages/OrganisationPage'), 'OrganisationPage');
const ReferencePage = lazyPage(() => import('../modules/setting/pages/ReferencePage'), 'ReferencePage');

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
          <BrowserRouter>
            <Suspense fallback={<FullPageLoading />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <Layout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<HomePage />} />
                  <Route path="profil" element={<ProfilePage />} />
                  <Route
                    path="pegawai"
                    element={
                      <RequireRole roles={['ADMIN', 'COMMITTEE', 'SUPERVISOR', 'TRAINER']}>
                        <EmployeesPage />
                      </RequireRole>
                    }
                  />
                  <Route path="pegawai/:id" element={<EmployeePage />} />
                  <Route
                    path="admin/opd"
                    element={
                      <RequireRole roles={['ADMIN']}>
                        <OrganisationPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="admin/referensi"
                    element={
                      <RequireRole roles={['ADMIN']}>
                        <ReferencePage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="admin/impor-pegawai"
                    element={
                      <RequireRole roles={['ADMIN']}>
                        <ImportEmployeesPage />
                      </RequireRole>
                    }
                  />
                  {competencyRoutes}
                  {recordRoutes}
                  {learningRoutes}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </AuthProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
