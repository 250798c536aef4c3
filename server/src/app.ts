import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { formatError, isExpectedError } from './common/errors';
import { RequestContext } from './common/request-context';
import type { Config } from './config';
import type { SessionCookie } from './auth/identity';
import { SessionService } from './auth/session.service';
import { graphqlLimits, hideTokenLimit } from './security/graphql-limits';
import { PublicRateLimit } from './security/public-rate-limit';
import { loadSafelist } from './security/safelist';
import { compiledExecution } from './schema/compiled-execution';
import { requestTransactionPlugin } from './tenancy/request-transaction.plugin';
import { clearanceClock } from './common/clock';

export const SESSION_COOKIE = 'naccc_session';

export type AppDependencies = {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  schema: GraphQLSchema;
  /** The clock for date rules (clearance, retention); tests fix it. */
  now?: () => Date;
};

/**
 * The console is served from this origin and talks only to it. MUI (emotion) injects style
 * elements at run time, hence 'unsafe-inline' for styles only; scripts are the built bundle's.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** A request id from a trusted proxy is kept when it looks like one; otherwise a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Builds the HTTP app: GraphQL at /graphql, health probes, and the built console at /. No side
 * effects beyond constructing objects; the caller listens and closes.
 */
export async function buildApp({ config, logger, orm, schema, now = () => new Date() }: AppDependencies): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (request) => {
      const header = request.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Behind one reverse proxy in production; its X-Forwarded-For gives the client's address.
    trustProxy: config.isProduction ? '127.0.0.1,::1' : false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });

  const limits = graphqlLimits(config);
  // Production accepts only the console's documents (schema/persisted-documents.json).
  const safelist = config.graphqlSafelist ? loadSafelist() : undefined;
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    formatError: (formatted, error) => {
      const result = formatError(formatted, error);
      return config.isProduction ? { ...result, message: hideTokenLimit(result.message) } : result;
    },
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      // Apollo adds its cache-control plugin unless told not to, and that plugin wraps every field
      // resolver of every response; the platform sends no cache hints (answers are per user), so it
      // was pure cost: a W1 profile showed it on each of the page's ~700 fields.
      ApolloServerPluginCacheControlDisabled(),
      ...(safelist ? [safelist.plugin()] : []),
      ...limits.plugins,
      fastifyApolloDrainPlugin(app),
      requestTransactionPlugin,
      {
        // Unexpected errors reach the client as a bare INTERNAL_SERVER_ERROR; the detail goes to the log.
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors.filter((e) => !isExpectedError(e))) {
                contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
              }
            },
          };
        },
      },
    ],
    logger: logger.child({ component: 'apollo' }),
  });
  await apollo.start();
  await app.register(fastifyCookie);
  const sessions = new SessionService(config.session);
  const publicRateLimit = new PublicRateLimit(config.publicRateLimit);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply) => {
      const em = orm.em.fork();
      const token = request.cookies[SESSION_COOKIE];
      const identity = token
        ? ((await sessions.authenticate(em, token).catch((error: unknown) => {
            request.log.error({ err: error }, 'could not resolve the session');
            throw error;
          })) ?? undefined)
        : undefined;
      // Before Apollo parses anything: signed-out requests are counted per address and refused
      // over the limit; then a document outside the safelist is refused.
      if (!identity) await publicRateLimit.count(em, request.ip);
      safelist?.checkRequest(request, request.log);
      const cookie: SessionCookie = {
        set: (value, expiresAt) =>
          void reply.setCookie(SESSION_COOKIE, value, {
            httpOnly: true,
            sameSite: 'lax',
            secure: config.session.secureCookie,
            path: '/',
            expires: expiresAt,
          }),
        clear: () => void reply.clearCookie(SESSION_COOKIE, { path: '/' }),
      };
      const clock = clearanceClock(now(), config.safeguarding.expiringDays);
      return new RequestContext(em, request.id, request.log as Logger, request.ip, identity, cookie, clock);
    },
  });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed: database unreachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  await serveConsole(app, config.consoleDist);
  return app;
}

/** The console is a single-page app: unknown non-API paths get index.html so deep links work. */
async function serveConsole(app: FastifyInstance, dist: string): Promise<void> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'console not built: run `pnpm build` (pnpm start does this) to serve it at /');
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    // Hashed assets never change; index.html must always be revalidated to pick up a new build.
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/graphql') && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });
}
