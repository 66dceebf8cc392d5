'use strict';
/**
 * The GraphQL floor of the peers benchmark (`--floor`): what the fixed stack alone costs on top of
 * the hand-written statements. Apollo Server on Node's `http`, our published schema
 * (`schema/schema.graphql`, built by graphql-js with no type-graphql), and one resolver per
 * question (`employees`, `jpSummary`, `competencyGap`) that runs the SQL server's statement
 * (`scenarios.cjs`, a named prepared statement through `pg`) and hands its parsed JSON to
 * graphql-js, whose default resolvers pick the fields asked. No session, no authorisation, no
 * validation of input, no logging: no server built on this stack answers these operations faster.
 *
 *   BENCH_DB_URL=postgres://… PORT=… [POOL_SIZE=10] [TIME_ZONE=Asia/Jakarta] node tests/bench/peers/graphql-floor.cjs
 */
const fs = require('node:fs');
const path = require('node:path');
const { ApolloServer } = require('@apollo/server');
const { buildSchema } = require('graphql');
const { Pool } = require('pg');
const { serveOnHttp } = require('./apollo-on-http.cjs');
const { STATEMENTS } = require('./scenarios.cjs');

const pool = new Pool({ connectionString: process.env.BENCH_DB_URL, max: Number(process.env.POOL_SIZE || 10) });
const TIME_ZONE = process.env.TIME_ZONE || 'Asia/Jakarta';

/** One prepared statement's answer, parsed for graphql-js. */
const answer = (name, values) => pool.query({ name, text: STATEMENTS[name], values }).then(({ rows }) => JSON.parse(rows[0].answer));

const resolvers = {
  employees: async ({ filter, page }) => {
    const offset = page?.offset ?? 0;
    const limit = page?.limit ?? 20;
    const found = filter?.search ? await answer('search', [`%${filter.search}%`, limit]) : await answer('directory', [offset, limit]);
    return { ...found, offset, limit };
  },
  jpSummary: async ({ input }) => ({ ...(await answer('jp', [input.employeeId, input.year])), year: input.year }),
  competencyGap: ({ input }) => answer('gap', [input.employeeId, TIME_ZONE]),
};

async function main() {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'));
  const apollo = new ApolloServer({ schema, rootValue: resolvers });
  await apollo.start();
  serveOnHttp(apollo, { port: Number(process.env.PORT), label: 'GraphQL floor' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
