'use strict';
/**
 * Apollo Server on Node's `http`, with each request and response given Express's prototypes first
 * as Express does for every request it handles (what lets a resolver read `req.ip` or call
 * `res.cookie`), but no router, middleware or body parser; for `fixed-cost.mjs`. Beside
 * `apollo-http-floor.cjs` it shows what those prototypes alone cost.
 *
 *   PORT=… node tests/bench/peers/apollo-express-objects-floor.cjs
 */
const http = require('node:http');
const { ApolloServer, HeaderMap } = require('@apollo/server');
const express = require('express');
const { buildSchema } = require('graphql');

async function main() {
  const apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }') });
  await apollo.start();
  const app = express();
  http
    .createServer((req, res) => {
      Object.setPrototypeOf(req, app.request);
      Object.setPrototypeOf(res, app.response);
      req.res = res;
      res.req = req;
      res.locals = Object.create(null);
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', async () => {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) },
          context: async () => ({}),
        });
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.statusCode = answer.status ?? 200;
        res.end(answer.body.kind === 'complete' ? answer.body.string : '');
      });
    })
    .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`Apollo with Express's objects listening on ${process.env.PORT}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
