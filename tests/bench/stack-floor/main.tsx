/**
 * The stack floor: the client's fixed libraries (React, React Router, MUI with emotion, Apollo
 * Client, i18next) doing the least a logged-in start page does — ask who is logged in, then the
 * year's JP, and show it in a card — with none of the app's own code. `npm run bench:client --
 * --floor` builds it into a temporary folder and measures it beside the app, so the app's scores
 * read against what these libraries cost on the same machine in the same run.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import {
  AppBar,
  Box,
  Card,
  CardContent,
  CircularProgress,
  Container,
  createTheme,
  CssBaseline,
  ThemeProvider,
  Toolbar,
  Typography,
} from '@mui/material';
import i18n from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';

const ME = gql`
  query Me {
    me {
      id
      displayName
    }
  }
`;
const JP = gql`
  query MyLearning {
    myLearning {
      jp {
        year
        countedJp
        targetJp
      }
    }
  }
`;

interface MeData {
  me: { id: string; displayName: string };
}
interface JpData {
  myLearning: { jp: { year: number; countedJp: number; targetJp: number } };
}

function Jp() {
  const { t } = useTranslation();
  const { data } = useQuery<JpData>(JP);
  if (!data) return <CircularProgress aria-label={t('loading')} />;
  const { jp } = data.myLearning;
  return (
    <Box data-testid="jp-progress">
      <Typography variant="h2">{t('jp', { year: jp.year })}</Typography>
      <Typography>{t('of', { counted: jp.countedJp, target: jp.targetJp })}</Typography>
    </Box>
  );
}

function Start() {
  const { t } = useTranslation();
  const me = useQuery<MeData>(ME, { errorPolicy: 'all' });
  if (me.loading) return <CircularProgress aria-label={t('loading')} />;
  return (
    <Card>
      <CardContent>
        <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
          {me.data?.me ? t('hello', { name: me.data.me.displayName }) : t('loggedOut')}
        </Typography>
        {me.data?.me && <Jp />}
      </CardContent>
    </Card>
  );
}

void i18n
  .use(initReactI18next)
  .init({
    lng: 'id',
    resources: {
      id: {
        translation: {
          title: 'Komunitas Pintar',
          loading: 'Memuat',
          hello: 'Halo, {{name}}',
          loggedOut: 'Silakan masuk',
          jp: 'JP tahun {{year}}',
          of: '{{counted}} dari {{target}} JP',
        },
      },
    },
    interpolation: { escapeValue: false },
  })
  .then(() => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      cache: new InMemoryCache(),
    });
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ThemeProvider theme={createTheme()}>
          <CssBaseline />
          <ApolloProvider client={client}>
            <BrowserRouter>
              <AppBar position="static" color="default">
                <Toolbar>
                  <Typography component="p" variant="h6">
                    {i18n.t('title')}
                  </Typography>
                </Toolbar>
              </AppBar>
              <Container component="main" sx={{ py: 3 }}>
                <Routes>
                  <Route path="*" element={<Start />} />
                </Routes>
              </Container>
            </BrowserRouter>
          </ApolloProvider>
        </ThemeProvider>
      </StrictMode>,
    );
  });
