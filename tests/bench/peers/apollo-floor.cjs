'use strict';
/**
 * The fixed part of our server stack alone, for `fixed-cost.mjs`: Express 5 with Apollo Server's
 * Express integration and JSON body parsing, a schema of one field, no plugins, no session, no
 * limits, no type-graphql. What every GraphQL request through Apollo Server and Express costs
 * before any of the app's own work.
 *
 *   PORT=… node tests/bench/peers/apollo-floor.cjs
 */
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@as-integrations/express5');
const express = require('express');
const { buildSchema } = require('graphql');

async function main() {
  const apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }') });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`Apollo floor listening on ${process.env.PORT}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
