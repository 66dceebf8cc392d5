import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Context } from './common/context';
import { createErrorFormatter, SERVICE_UNAVAILABLE } from './common/format-error';
import { idArgumentsPlugin } from './common/id-arguments';
import { complexityLimitPlugin, depthLimitRule } from './common/query-limits';
import { registerModules } from './modules';
import { getSchema } from './schema';

/**
 * Every answer's HTTP head, in one hook. No answer of the API may be stored by a browser or proxy
 * (Apollo's cache-control plugin would say the same, having found no cache hints, but it runs a
 * hook for every field of every answer). An answer spoiled by an unreachable database is a
 * retryable 503, not a 200 or 500.
 */
const responseHeadPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '5');
      },
    };
  },
};

/** Builds the Apollo server: schema, limits and error formatting; no business logic. */
export function createApolloServer(config: Config, logger: Logger): ApolloServer<Context> {
  registerModules();
  const schema = getSchema();
  return new ApolloServer<Context>({
    schema,
    // The HTTP layer counts tokens per caller first; this holds for every other way in.
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [depthLimitRule(config.maxQueryDepth)],
    // Apollo's own plugins that would run for every request are off: cache control (above), the
    // inline trace (for federated subgraphs only; it would still be asked, and decline, per
    // request). Nothing is reported to Apollo's services, whatever APOLLO_KEY the environment holds.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      responseHeadPlugin,
      idArgumentsPlugin(),
      complexityLimitPlugin(schema, config.maxQueryComplexity),
    ],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The process's own SIGINT/SIGTERM handler stops Apollo, then closes the database and releases
    // the data folder; Apollo's would stop it and raise the signal again, killing the process before.
    stopOnTerminationSignals: false,
  });
}
