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
    parsers.get(budget)!(req, res, (error?: unknown) => {
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
    });
  };
  const checkShape: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const body = req.method === 'GET' ? getRequestBody(req) : req.body;
    const refusal = requestRefusal(body, budgetOf(res));
    if (refusal) return refusal.send(res);
    next();
  };
  return [readBody, checkShape];
}
