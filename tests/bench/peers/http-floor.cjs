'use strict';
/**
 * Node's `http` module alone, for `fixed-cost.mjs`: reads the request and answers
 * `{ __typename }`'s bytes, as any GraphQL server would for that query.
 *
 *   PORT=… node tests/bench/peers/http-floor.cjs
 */
const http = require('node:http');

const ANSWER = JSON.stringify({ data: { __typename: 'Query' } });

http
  .createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER));
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`Node http floor listening on ${process.env.PORT}`));
