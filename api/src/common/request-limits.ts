import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';
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

  send(res: ServerResponse): void {
    const body = JSON.stringify({ errors: [{ message: this.message, extensions: { code: this.code, ...this.extra } }] });
    res.statusCode = this.status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
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

/** The query and variables of a GET request, which arrive in the URL (the variables as JSON text). */
function getRequestBody(url: string): unknown {
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1 || url.length));
  const variables = params.get('variables');
  let parsed: unknown;
  if (variables !== null) {
    try {
      parsed = JSON.parse(variables);
    } catch {
      parsed = undefined; // Apollo answers malformed variables
    }
  }
  return { query: params.get('query') ?? undefined, variables: parsed };
}

type BodyParser = (req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void) => void;
const parsers = new WeakMap<RequestBudget, BodyParser>();

/** body-parser's JSON reader for a budget: it reads Node's request, so nothing of Express is needed. */
function jsonParser(budget: RequestBudget): BodyParser {
  let parser = parsers.get(budget);
  if (!parser) {
    parser = bodyParser.json({ limit: budget.maxBodyBytes }) as BodyParser;
    parsers.set(budget, parser);
  }
  return parser;
}

/** The refusal a failure to read the body earns: too large, or not JSON. Anything else is the server's. */
function bodyRefusal(error: unknown, budget: RequestBudget): RequestRefusal {
  const status = (error as { status?: number }).status;
  if ((error as { type?: string }).type === 'entity.too.large') {
    return new RequestRefusal(413, 'BAD_REQUEST', `The request is larger than ${budget.maxBodyBytes} bytes`, {
      limit: 'BODY_BYTES',
      max: budget.maxBodyBytes,
    });
  }
  if (status && status >= 400 && status < 500) return new RequestRefusal(status, 'BAD_REQUEST', 'The request body is not valid JSON');
  throw error;
}

/**
 * Reads a GraphQL request's JSON body within `budget` and checks what it carries against the
 * budget's bounds, before Apollo parses the query: the body (undefined when there is none, or it is
 * not JSON, which Apollo answers), or the refusal to send instead.
 */
export function readGraphqlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  budget: RequestBudget,
): Promise<{ body: unknown } | RequestRefusal> {
  return new Promise((resolve, reject) => {
    jsonParser(budget)(req, res, (error) => {
      try {
        if (error) return resolve(bodyRefusal(error, budget));
        const body = (req as { body?: unknown }).body;
        resolve(requestRefusal(req.method === 'GET' ? getRequestBody(req.url ?? '') : body, budget) ?? { body });
      } catch (failure) {
        reject(failure);
      }
    });
  });
}
