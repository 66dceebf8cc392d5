import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { enUS, idID } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { competencyRoutes } from '../modules/competency/routes';
import { HomePage } from '../modules/home/pages/HomePage';
import { learningRoutes } from '../modules/learning/routes';
import { LoginPage } from '../modules/identity/pages/LoginPage';
import { ProfilePage } from '../modules/identity/pages/ProfilePage';
import { EmployeePage } from '../modules/organisation/pages/EmployeePage';
import { EmployeesPage } from '../modules/organisation/pages/EmployeesPage';
import { ImportEmployeesPage } from '../modules/organisation/pages/ImportEmployeesPage';
import { OrganisationPage } from '../modules/organisation/pages/OrganisationPage';
import { recordRoutes } from '../modules/record/routes';
import { ReferencePage } from '../modules/setting/pages/ReferencePage';
import { NotFoundPage } from '../ui/NotFoundPage';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { RequireAuth, RequireRole } from './guards';
import { Layout } from './Layout';
import { theme } from './theme';

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
          </BrowserRouter>
        </AuthProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
