'use strict';
/**
 * Apollo Server alone on Node's `http` module, for `fixed-cost.mjs`: the request's body parsed as
 * JSON and handed to `executeHTTPGraphQLRequest`, a schema of one field, no Express. Beside
 * `apollo-floor.cjs` it splits the fixed cost between Express and Apollo Server.
 *
 * With EXPRESS_OBJECTS=1 each request and response is first given Express's prototypes, as Express
 * does for every request it handles (what lets a resolver read `req.ip` or call `res.cookie`), but
 * no router, middleware or body parser: what those prototypes alone cost.
 *
 *   PORT=… [EXPRESS_OBJECTS=1] node tests/bench/peers/apollo-http-floor.cjs
 */
const http = require('node:http');
const { ApolloServer, HeaderMap } = require('@apollo/server');
const { buildSchema } = require('graphql');

const expressApp = process.env.EXPRESS_OBJECTS === '1' ? require('express')() : null;

async function main() {
  const apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }') });
  await apollo.start();
  http
    .createServer((req, res) => {
      if (expressApp) {
        Object.setPrototypeOf(req, expressApp.request);
        Object.setPrototypeOf(res, expressApp.response);
        req.res = res;
        res.req = req;
        res.locals = Object.create(null);
      }
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', async () => {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const url = new URL(req.url, 'http://localhost');
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: url.search, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) },
          context: async () => ({}),
        });
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.statusCode = answer.status ?? 200;
        res.end(answer.body.kind === 'complete' ? answer.body.string : '');
      });
    })
    .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`Apollo on http listening on ${process.env.PORT}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
