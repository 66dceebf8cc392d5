'use strict';
/**
 * Apollo Server answering on Node's `http` alone, as the benchmark's floors run it: the body read
 * whole and parsed as JSON (none for a GET), handed to `executeHTTPGraphQLRequest` with an empty
 * context, and the answer sent whole. `prepare(req, res)` runs first on every request (the fixed-cost
 * floor gives the request and response Express's prototypes there).
 */
const http = require('node:http');
const { HeaderMap } = require('@apollo/server');

/** Listens on loopback `port` and logs `label` once it does. */
function serveOnHttp(apollo, { port, label, prepare = () => undefined }) {
  return http
    .createServer((req, res) => {
      prepare(req, res);
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', async () => {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
        const url = new URL(req.url, 'http://localhost');
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
          context: async () => ({}),
        });
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.statusCode = response.status ?? 200;
        res.end(response.body.kind === 'complete' ? response.body.string : '');
      });
    })
    .listen(port, '127.0.0.1', () => console.log(`${label} listening on ${port}`));
}

module.exports = { serveOnHttp };
