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
const { ApolloServer } = require('@apollo/server');
const { buildSchema } = require('graphql');
const { serveOnHttp } = require('./apollo-on-http.cjs');

const expressApp = process.env.EXPRESS_OBJECTS === '1' ? require('express')() : null;

/** What Express does to every request and response it handles, and nothing else. */
function giveExpressObjects(req, res) {
  Object.setPrototypeOf(req, expressApp.request);
  Object.setPrototypeOf(res, expressApp.response);
  req.res = res;
  res.req = req;
  res.locals = Object.create(null);
}

async function main() {
  const apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }') });
  await apollo.start();
  serveOnHttp(apollo, {
    port: Number(process.env.PORT),
    label: 'Apollo on http',
    ...(expressApp && { prepare: giveExpressObjects }),
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
