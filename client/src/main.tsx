import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadOpenedPage } from './app/App';
import { i18nReady } from './app/i18n';

preloadOpenedPage();

void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
