import crypto from 'node:crypto';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import type { Plugin } from 'vite';
import { operationDocument } from './vite-graphql-documents.ts';

/**
 * The session's query as Apollo Client sends it (the document with `__typename` added to every
 * selection but the root), which `earlySessionLink` in `src/app/apollo.ts` compares before using
 * the early answer.
 */
export function sessionQueryText(srcDir: string): string {
  return print(addTypenameToDocument(operationDocument(srcDir, 'modules/identity/graphql/session.ts', 'Me')));
}

/**
 * A small script the page loads before the app's code, which asks the server who is logged in
 * (the `Me` query) at once: on a slow link the answer is there when the app starts, instead of a
 * round trip after the app's code has arrived and run. The app takes that answer for its own first
 * `Me` query (`earlySessionLink`), or asks again when the text of its query differs or the early
 * request failed. A file of its own because the server's content security policy allows no inline
 * script; `async`, so it holds up neither the page nor the app's code.
 */
export function earlySession(srcDir: string): Plugin {
  let fileName = '';
  let source = '';
  return {
    name: 'early-session',
    apply: 'build',
    buildStart() {
      const query = sessionQueryText(srcDir);
      source = `/* Asks who is logged in before the app's code has arrived; see client/vite-early-session.ts. */
(function () {
  if (window.__kpSession === false || !window.fetch) return;
  var query = ${JSON.stringify(query)};
  window.__kpSession = {
    query: query,
    answer: fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
      body: JSON.stringify({ operationName: 'Me', variables: {}, query: query }),
    })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (body) { return body && typeof body === 'object' && ('data' in body || 'errors' in body) ? body : null; })
      .catch(function () { return null; }),
  };
})();
`;
      const hash = crypto.createHash('sha256').update(source).digest('base64url').slice(0, 8);
      fileName = `assets/session-${hash}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'script', attrs: { src: `/${fileName}`, async: true }, injectTo: 'head' }],
    },
  };
}
