import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { serialize } from 'cookie';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import { COMPRESS_MIN_BYTES, COMPRESS_WHOLE_MAX_BYTES, encodeInPool, encodeNow, preferredEncoding } from './client-assets';
import { TRUSTED_PROXIES } from './common/client-address';
import { withClockOnFirstUse } from './common/clock-stamps';
import type { Context, CookieOptions, RequestFacts, ResponseCookies } from './common/context';
import type { Clock } from './common/dates';
import { readGraphqlRequest, RequestRefusal, type RequestBudgets } from './common/request-limits';
import type { Config } from './config';
import { authenticateRequest } from './modules/identity/identity.service';
import { readSessionToken } from './modules/identity/session-cookie';

/** Middleware as helmet gives it: headers set on Node's response, then `next`. */
type HeaderSetter = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  config: Config;
  logger: Logger;
  orm: MikroORM;
  clock: Clock;
  budgets: RequestBudgets;
  /** The security headers every answer of the app carries. */
  securityHeaders: HeaderSetter;
}

const GRAPHQL_URL = /^\/graphql\/?(?:\?|$)/i;

/**
 * Whether a request's URL is the GraphQL endpoint's: `/graphql`, with or without a query string, and
 * as a router would also take it, with a trailing slash or in other letter cases (`/graphql/`,
 * `/GraphQL`). Paths below it (`/graphql/x`) are not.
 */
export function isGraphqlUrl(url: string | undefined): boolean {
  return url !== undefined && (url === '/graphql' || GRAPHQL_URL.test(url));
}

const trusted = proxyAddr.compile(TRUSTED_PROXIES);

/** Express's answers (`req.ip`, `req.protocol`, `req.secure`, `req.get`), read from Node's request when asked. */
export class NodeRequestFacts implements RequestFacts {
  constructor(private readonly req: IncomingMessage) {}

  get ip(): string | undefined {
    return proxyAddr(this.req, trusted);
  }

  get protocol(): string {
    const own = (this.req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    if (!trusted(this.req.socket.remoteAddress ?? '', 0)) return own;
    const forwarded = this.get('x-forwarded-proto') || own;
    return forwarded.split(',')[0].trim();
  }

  get secure(): boolean {
    return this.protocol === 'https';
  }

  get(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

/** Cookies written as Express's `res.cookie` and `res.clearCookie` write them. */
export class NodeResponseCookies implements ResponseCookies {
  constructor(private readonly res: ServerResponse) {}

  cookie(name: string, value: string, options: CookieOptions): void {
    this.res.appendHeader('Set-Cookie', serialize(name, value, { path: '/', ...options }));
  }

  clearCookie(name: string, options: CookieOptions): void {
    const { maxAge: _maxAge, ...rest } = options;
    this.cookie(name, '', { path: '/', ...rest, expires: new Date(1) });
  }
}

/**
 * The GraphQL endpoint on Node's own request and response. Express's request and response objects
 * (a prototype switch per request, its router, body and send helpers) cost about two thirds of what
 * a GraphQL request costs before its own work (README, "What a request costs before its own
 * work"), so `/graphql` is answered here and everything else by Express. In order: the app's
 * security headers; the session, which decides the request's budget; the body read and checked
 * against that budget; Apollo; the answer, compressed when the client accepts it.
 */
export function graphqlEndpoint(options: GraphqlEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, config, logger, orm, clock, budgets, securityHeaders } = options;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(req, res, (error) => {
      if (error) throw error;
    });
    res.setHeader('Vary', 'Accept-Encoding');
    // Forked when first asked for more than its connection (read models never are).
    const em = withClockOnFirstUse(orm.em, clock);
    let auth: Awaited<ReturnType<typeof authenticateRequest>>;
    try {
      auth = await authenticateRequest(em, config, clock, readSessionToken(req));
    } catch (error) {
      logger.warn({ err: error }, 'Could not check the session: database unreachable');
      res.setHeader('Retry-After', '5');
      return new RequestRefusal(503, 'SERVICE_UNAVAILABLE', 'The service is unavailable for a moment. Try again.').send(res);
    }
    const read = await readGraphqlRequest(req, res, auth.actor ? budgets.signedIn : budgets.anonymous);
    if (read instanceof RequestRefusal) return read.send(res);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const search = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: search < 0 ? '' : url.slice(search),
        body: read.body,
      },
      context: async () => ({
        em,
        config,
        clock,
        actor: auth.actor,
        sessionId: auth.sessionId,
        req: new NodeRequestFacts(req),
        res: new NodeResponseCookies(res),
      }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return sendWhole(req, res, response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    answer(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'A GraphQL request failed outside its operation');
      if (res.headersSent) res.destroy();
      else new RequestRefusal(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on the server.').send(res);
    });
  };
}

/**
 * Sends an answer in one piece with its length, compressed in the encoding the client prefers when
 * it is worth it: at once when small enough, in the thread pool when it would hold the event loop.
 */
async function sendWhole(req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
  const accepted = req.headers['accept-encoding'];
  const encoding = accepted === undefined || req.method === 'HEAD' ? null : preferredEncoding(accepted);
  let body: string | Buffer = text;
  if (encoding && Buffer.byteLength(text) >= COMPRESS_MIN_BYTES) {
    const raw = Buffer.from(text);
    body = raw.length <= COMPRESS_WHOLE_MAX_BYTES ? encodeNow(raw, encoding) : await encodeInPool(raw, encoding);
    res.setHeader('Content-Encoding', encoding);
  }
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
