import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/**
 * What one GraphQL request may carry. Every bound is checked in one pass over the request,
 * before the query is parsed or any variable is coerced, so refusing a request costs no more
 * than reading it. Anonymous clients (who can only log in or verify a certificate) get a much
 * smaller budget than signed-in users.
 */
export interface RequestBudget {
  /** Largest JSON body. */
  maxBodyBytes: number;
  /** Most lexical tokens in the query text. */
  maxTokens: number;
  /** Most JSON values (objects, lists, strings, numbers…) in all variables together. */
  maxVariableValues: number;
  /** Most items in one list. */
  maxListItems: number;
  /** Most fields in one input object. */
  maxObjectKeys: number;
  /** Deepest nesting of lists and objects in the variables. */
  maxVariableDepth: number;
}

export interface RequestBudgets {
  signedIn: RequestBudget;
  anonymous: RequestBudget;
}

export interface RequestLimitSettings {
  /** Largest body of a signed-in request (an employee CSV of 5 MB fits). */
  maxRequestBytes: number;
  maxQueryTokens: number;
}

export function requestBudgets(settings: RequestLimitSettings): RequestBudgets {
  return {
    signedIn: {
      maxBodyBytes: settings.maxRequestBytes,
      maxTokens: settings.maxQueryTokens,
      maxVariableValues: 20_000,
      maxListItems: 1_000,
      maxObjectKeys: 100,
      maxVariableDepth: 10,
    },
    anonymous: {
      maxBodyBytes: 16 * 1024,
      maxTokens: 500,
      maxVariableValues: 100,
      maxListItems: 20,
      maxObjectKeys: 20,
      maxVariableDepth: 4,
    },
  };
}

/** A request refused before it ran: an HTTP status and a GraphQL error with a code. */
export class RequestRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly extra: Record<string, unknown> = {},
  ) {}

  send(res: Response): void {
    res
      .status(this.status)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message: this.message, extensions: { code: this.code, ...this.extra } }] }));
  }
}

/** Whether `query` has more than `max` tokens; reads at most `max + 1` of them. */
export function exceedsTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) return true;
    }
  } catch {
    // A syntax error: the parser reports it, and it read no more than we did.
  }
  return false;
}

/** The first bound the variables break, walking each value once (no recursion). */
export function variablesRefusal(variables: unknown, budget: RequestBudget): RequestRefusal | null {
  const refuse = (message: string, limit: string, value: number) =>
    new RequestRefusal(400, 'BAD_USER_INPUT', message, { limit, max: value });
  if (variables === undefined || variables === null) return null;
  let values = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (++values > budget.maxVariableValues) {
      return refuse(`The variables hold more than ${budget.maxVariableValues} values`, 'VARIABLE_VALUES', budget.maxVariableValues);
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > budget.maxVariableDepth) {
      return refuse(`The variables are nested deeper than ${budget.maxVariableDepth} levels`, 'VARIABLE_DEPTH', budget.maxVariableDepth);
    }
    if (Array.isArray(value)) {
      if (value.length > budget.maxListItems) {
        return refuse(`A list in the variables has more than ${budget.maxListItems} items`, 'LIST_ITEMS', budget.maxListItems);
      }
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else {
      const keys = Object.keys(value);
      if (keys.length > budget.maxObjectKeys) {
        return refuse(
          `An input object in the variables has more than ${budget.maxObjectKeys} fields`,
          'OBJECT_FIELDS',
          budget.maxObjectKeys,
        );
      }
      for (const key of keys) stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** The bound a parsed GraphQL-over-HTTP request breaks, or null. */
export function requestRefusal(body: unknown, budget: RequestBudget): RequestRefusal | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null; // Apollo refuses these shapes
  const { query, variables } = body as { query?: unknown; variables?: unknown };
  if (typeof query === 'string' && exceedsTokens(query, budget.maxTokens)) {
    return new RequestRefusal(400, 'GRAPHQL_VALIDATION_FAILED', `The query has more than ${budget.maxTokens} tokens`, {
      limit: 'TOKENS',
      max: budget.maxTokens,
    });
  }
  return variablesRefusal(variables, budget);
}

/** The variables of a GET request, which arrive as JSON text in the URL. */
function getRequestBody(req: Request): unknown {
  const { query, variables } = req.query as Record<string, unknown>;
  let parsed: unknown;
  if (typeof variables === 'string') {
    try {
      parsed = JSON.parse(variables);
    } catch {
      parsed = undefined; // Apollo answers malformed variables
    }
  }
  return { query, variables: parsed };
}

/** The content types read by `readPlainJson`: what clients of the API send (lower case). */
const PLAIN_JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/**
 * The common request read without body-parser's generality: a POST of `application/json` in
 * UTF-8, not compressed, of a declared length. Returns false for anything else (body-parser reads
 * it). Decides as body-parser's `json()` does: over `maxBytes` is `entity.too.large` (before
 * reading), an empty body is `{}`, a body that is not a JSON object or list (strict) or not JSON
 * is a 400, a byte-order mark is dropped.
 */
export function readPlainJson(req: Request, maxBytes: number, done: (error?: unknown) => void): boolean {
  const { headers } = req;
  // A request whose client went away while earlier middleware waited (or whose body was read) is
  // body-parser's to pass on, as it does: its events have already been and gone.
  if (!req.socket?.readable || (req.complete && !req.readable)) return false;
  if (req.method !== 'POST' || headers['transfer-encoding'] !== undefined) return false;
  if (headers['content-encoding'] !== undefined && headers['content-encoding'] !== 'identity') return false;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON_TYPES.has(type.toLowerCase())) return false;
  const declared = headers['content-length'];
  if (declared === undefined || !/^\d+$/.test(declared)) return false;
  const length = Number(declared);
  if (!('body' in req)) (req as { body?: unknown }).body = undefined;
  if (length > maxBytes) {
    // As body-parser: not kept, but read off to its end before the answer.
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    let answered = false;
    const answer = () => {
      if (answered) return;
      answered = true;
      done(tooLarge);
    };
    req.once('end', answer);
    req.once('error', answer);
    req.once('close', answer); // the client went away: answered all the same, as body-parser does
    req.resume();
    return true;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let finished = false;
  const fail = (status: number, message: string) => {
    if (finished) return;
    finished = true;
    done(Object.assign(new Error(message), { status }));
  };
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received <= length) chunks.push(chunk);
  });
  req.on('error', () => fail(400, 'request aborted'));
  // A client that goes away before the whole body arrived still gets its request ended (a 400 no
  // one reads), as body-parser does, so nothing waits for it.
  req.on('close', () => {
    if (!req.complete) fail(400, 'request aborted');
  });
  req.on('end', () => {
    if (finished) return;
    if (received !== length) return fail(400, 'request size did not match content length');
    let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let body: unknown = {};
    if (text.length > 0) {
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') return fail(400, 'strict violation');
      try {
        body = JSON.parse(text);
      } catch {
        return fail(400, 'invalid JSON');
      }
    }
    finished = true;
    (req as { body?: unknown }).body = body;
    done();
  });
  return true;
}

/**
 * Reads the JSON body within the caller's budget and refuses requests over it, before Apollo
 * parses the query. `budgetOf` picks the budget from what earlier middleware learned (the actor).
 */
export function limitGraphqlRequests(budgets: RequestBudgets, budgetOf: (res: Response) => RequestBudget): RequestHandler[] {
  const parsers = new Map<RequestBudget, RequestHandler>([
    [budgets.signedIn, express.json({ limit: budgets.signedIn.maxBodyBytes })],
    [budgets.anonymous, express.json({ limit: budgets.anonymous.maxBodyBytes })],
  ]);
  const readBody: RequestHandler = (req, res, next) => {
    const budget = budgetOf(res);
    const done = (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status;
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') {
        return new RequestRefusal(413, 'BAD_REQUEST', `The request is larger than ${budget.maxBodyBytes} bytes`, {
          limit: 'BODY_BYTES',
          max: budget.maxBodyBytes,
        }).send(res);
      }
      if (status && status >= 400 && status < 500) {
        return new RequestRefusal(status, 'BAD_REQUEST', 'The request body is not valid JSON').send(res);
      }
      next(error);
    };
    if (!readPlainJson(req, budget.maxBodyBytes, done)) parsers.get(budget)!(req, res, done);
  };
  const checkShape: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const body = req.method === 'GET' ? getRequestBody(req) : req.body;
    const refusal = requestRefusal(body, budgetOf(res));
    if (refusal) return refusal.send(res);
    next();
  };
  return [readBody, checkShape];
}
