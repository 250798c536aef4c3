import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { repoRoot } from '../config';

/** Written by `pnpm codegen` from the console's documents (see codegen.ts); committed. */
export const PERSISTED_DOCUMENTS_FILE = path.join(repoRoot, 'schema', 'persisted-documents.json');

/** Apollo's persisted query manifest format: the id is the SHA-256 of the body, in hex. */
const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

export type PersistedDocuments = z.infer<typeof manifestSchema>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The hashes of the documents a production server accepts. Each id is checked against its body,
 * so a hand-edited entry cannot admit a document other than the one it shows.
 */
export function loadSafelist(file = PERSISTED_DOCUMENTS_FILE): Safelist {
  let manifest: PersistedDocuments;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`GRAPHQL_SAFELIST is on but ${file} is missing or malformed (run \`pnpm codegen\`): ${(error as Error).message}`);
  }
  for (const operation of manifest.operations) {
    if (sha256(operation.body) !== operation.id) throw new Error(`${file}: the id of ${operation.name} is not the SHA-256 of its body (run \`pnpm codegen\`)`);
  }
  return new Safelist(new Set(manifest.operations.map((operation) => operation.id)));
}

/** Apollo Router's code for an operation outside the persisted query list. */
export const NOT_IN_SAFELIST = 'PERSISTED_QUERY_NOT_IN_LIST';

type Logger = { warn(obj: object, msg: string): void };

/**
 * What a production server executes is what its console was built with: a stolen session, or an
 * anonymous caller, cannot compose queries of its own. The check is a SHA-256 and a set lookup.
 */
export class Safelist {
  constructor(private readonly ids: ReadonlySet<string>) {}

  has(documentHash: string): boolean {
    return this.ids.has(documentHash);
  }

  /**
   * Refuses an HTTP GraphQL request whose document (its text, or the hash of a persisted query)
   * is not listed: called while the request's context is created, so before Apollo parses it.
   * A request with no document at all is left to Apollo, which refuses it.
   */
  checkRequest(request: { method: string; body?: unknown; query?: unknown }, logger: Logger): void {
    const hash = documentHashOf(request.method === 'GET' ? request.query : request.body);
    if (hash !== undefined) this.check(hash, logger);
  }

  /** Apollo's plugin, a second wall: nothing outside the list reaches execution, however it came. */
  plugin(): ApolloServerPlugin<{ logger: Logger }> {
    const listener: GraphQLRequestListener<{ logger: Logger }> = {
      didResolveOperation: async ({ queryHash, contextValue }) => this.check(queryHash, contextValue.logger),
    };
    return { requestDidStart: async () => listener };
  }

  private check(hash: string, logger: Logger): void {
    if (this.has(hash)) return;
    logger.warn({ documentHash: hash.slice(0, 64) }, 'refused a GraphQL document outside the safelist');
    throw new GraphQLError('This server accepts only the operations of its own console', {
      extensions: { code: NOT_IN_SAFELIST, http: { status: 400 } },
    });
  }
}

/** The SHA-256 of the request's document, or the hash it names as a persisted query. */
function documentHashOf(params: unknown): string | undefined {
  if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
  const { query, extensions } = params as { query?: unknown; extensions?: unknown };
  if (typeof query === 'string') return sha256(query);
  let parsed = extensions;
  if (typeof extensions === 'string') {
    try {
      parsed = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  const hash = (parsed as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}
