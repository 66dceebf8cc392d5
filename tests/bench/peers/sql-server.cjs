'use strict';
/**
 * The physical limit the peers benchmark compares against: Node's http module and `pg`, one
 * named prepared statement per question, its JSON built by PostgreSQL and passed through.
 * `POST /<statement>` with the statement's parameters as a JSON array.
 *
 *   BENCH_DB_URL=postgres://… PORT=… [POOL_SIZE=10] node tests/bench/peers/sql-server.cjs
 */
const http = require('node:http');
const { Pool } = require('pg');
const { STATEMENTS } = require('./scenarios.cjs');

const pool = new Pool({ connectionString: process.env.BENCH_DB_URL, max: Number(process.env.POOL_SIZE || 10) });

const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  if (req.method !== 'POST' || !Object.hasOwn(STATEMENTS, name)) {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    Promise.resolve()
      .then(() => pool.query({ name, text: STATEMENTS[name], values: JSON.parse(body) }))
      .then(({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0].answer))
      .catch((error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })));
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`SQL server listening on ${process.env.PORT}`));
