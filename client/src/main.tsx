import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadOpenedPage } from './app/App';
import { i18nReady } from './app/i18n';

preloadOpenedPage();

// The first render is a transition: React renders it in slices and lets the browser in between them
// (input, paint) instead of one long task of the whole layout and page; a part that suspends
// outside a Suspense boundary keeps the loading shell of index.html on screen until it is ready.
void i18nReady.then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
