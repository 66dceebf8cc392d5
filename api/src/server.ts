import { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Context } from './common/context';
import { createErrorFormatter } from './common/format-error';
import { idArgumentsPlugin } from './common/id-arguments';
import { complexityLimitPlugin, depthLimitRule } from './common/query-limits';
import { registerModules } from './modules';
import { getSchema } from './schema';

/** Builds the Apollo server: schema, limits and error formatting; no business logic. */
export function createApolloServer(config: Config, logger: Logger): ApolloServer<Context> {
  registerModules();
  const schema = getSchema();
  return new ApolloServer<Context>({
    schema,
    // The HTTP layer counts tokens per caller first; this holds for every other way in.
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [depthLimitRule(config.maxQueryDepth)],
    plugins: [idArgumentsPlugin(), complexityLimitPlugin(schema, config.maxQueryComplexity)],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}
