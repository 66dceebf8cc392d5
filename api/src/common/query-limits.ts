import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { LIMITS } from '@komunitas-pintar/domain';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Paged lists cost their children times the page size asked for, or the default page size when
 * the client leaves `page` out. Unpaged lists (reference data, a module's lessons) count once.
 */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'page')) return undefined;
  const limit = Number((args.page as { limit?: number } | undefined)?.limit ?? LIMITS.pageDefaultLimit);
  return 1 + childComplexity * limit;
};

export function depthLimitRule(maxDepth: number) {
  return maxDepthRule({
    n: maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(`Query is too deep: ${error.message.replace(/^Syntax Error: /, '')}`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxDepth },
          }),
        ),
    ],
  });
}

/** Rejects operations whose estimated cost exceeds `maxComplexity`, before they run. */
export function complexityLimitPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution rejects them with BAD_USER_INPUT.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too complex: cost ${complexity} exceeds the limit of ${maxComplexity}. Ask for fewer fields or smaller pages.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', complexity, maxComplexity } },
            );
          }
        },
      };
    },
  };
}
