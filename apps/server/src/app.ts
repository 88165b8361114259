import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { errorHandler, sendError } from './http/error-handler.ts';
import type { Deps } from './http/types.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes } from './modules/auth/index.ts';
import { casesRoutes } from './modules/cases/index.ts';
import { filesRoutes } from './modules/files/index.ts';
import { notifyRoutes } from './modules/notify/index.ts';
import { open311Routes } from './modules/open311/index.ts';
import { orgRoutes } from './modules/org/index.ts';
import { portalRoutes } from './modules/portal/index.ts';
import { registryRoutes } from './modules/registry/index.ts';
import { slaRoutes } from './modules/sla/index.ts';
import { statsRoutes } from './modules/stats/index.ts';
import { systemRoutes } from './modules/system/index.ts';
import { taxonomyRoutes } from './modules/taxonomy/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const defaultWebDir = resolve(here, '../../web/dist');
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface AppOptions {
  logger?: boolean;
  /** Serve the built web pages (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            // Open311 clients may send their api_key in the query string: keep it out of the logs.
            serializers: {
              req: (req) => ({
                method: req.method,
                url: req.url.replace(/([?&]api_key=)[^&]*/gi, '$1[redacted]'),
                remoteAddress: req.ip,
              }),
            },
          },
    bodyLimit: 1024 * 1024,
    // Keep a well-formed incoming id (from a proxy) so logs line up; otherwise make one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // JSON only: plain-text and form bodies are refused (415), which also blocks cross-site form posts.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie, { secret: deps.config.sessionSecret });
  registerAuthHooks(app, deps);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '网格 Wangge API',
        version: '0.1.0',
        description:
          'Grid-based community governance. Cookie sessions: log in with POST /api/auth/login, then send ' +
          'the returned csrfToken as x-csrf-token on every write. Errors: { code, message, messages, requestId }.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(systemRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(orgRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(slaRoutes(deps));
  await app.register(filesRoutes(deps));
  await app.register(casesRoutes(deps));
  await app.register(notifyRoutes(deps));
  await app.register(taxonomyRoutes(deps));
  await app.register(statsRoutes(deps));
  await app.register(portalRoutes(deps));
  await app.register(registryRoutes(deps));
  await app.register(open311Routes(deps));

  const webDistDir = deps.config.webDir ? resolve(deps.config.webDir) : defaultWebDir;
  const serveWeb = (options.serveWeb ?? true) && existsSync(join(webDistDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: true, index: false });
    // The root is a directory to the static plugin (403); it is the app shell to a browser.
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').sendFile('index.html'),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    // Pages are routed in the browser: a non-API GET for a page (not a missing file) gets the app shell.
    const path = request.url.split('?')[0] ?? '';
    if (serveWeb && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      // The resident pages (/m/…) are the second entry of the same build.
      const shell = path === '/m' || path.startsWith('/m/') ? 'mobile.html' : 'index.html';
      return reply.type('text/html').sendFile(shell);
    }
    return sendError(reply, request, 'NOT_FOUND');
  });
  return app;
}
