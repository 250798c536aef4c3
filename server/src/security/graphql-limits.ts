import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one GraphQL document may ask for, set from the console's real documents with
 * headroom: its deepest (a user's grants' organisations, a centre's organisation's centres) is 4
 * levels, it uses 2 aliases, and its longest list query is about 150 tokens. Anything far beyond
 * is refused during validation, before a resolver or the database is touched. In production the
 * refusal does not say where the limit is, and misspelt fields get no suggestions.
 */
export function graphqlLimits(options: { isProduction: boolean }) {
  const exposeLimits = !options.isProduction;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: 7, exposeLimits, flattenFragments: true },
    maxAliases: { n: 15, exposeLimits },
    maxDirectives: { n: 10, exposeLimits },
    // Counted by graphql-js's own parser instead (see MAX_TOKENS), which Apollo reports as a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000, exposeLimits },
    blockFieldSuggestion: { enabled: options.isProduction },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: MAX_TOKENS } };
}

/** Tokens in one document; armor's own counter fails as a 500, graphql-js's parser as a 400. */
export const MAX_TOKENS = 2000;

/** The parser's refusal names the limit; production answers without it. */
export function hideTokenLimit(message: string): string {
  return /more tha[nt] \d+ tokens/.test(message) ? 'Syntax Error: the document is too large.' : message;
}
