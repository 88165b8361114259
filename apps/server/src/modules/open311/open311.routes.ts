import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../http/types.ts';
import { createRequest } from './create-request.ts';
import { discovery } from './discovery.ts';
import { open311ErrorHandler, sendProblems } from './error-list.ts';
import { type Fields, field, fieldsOfQuery, parseForm } from './form.ts';
import { FORMATS, sendAs, splitFormat } from './format.ts';
import { getRequest, getToken } from './get-request.ts';
import { getServiceDefinition } from './get-service-definition.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import { listRequests } from './list-requests.ts';
import { listServices } from './list-services.ts';

const tags = ['open311'];
const doc = (summary: string, description?: string) => ({
  schema: { tags, summary, ...(description ? { description } : {}) },
});
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The GeoReport v2 API, registered under `/open311` in a context of its own: form bodies are parsed
 * here only (the rest of the app takes JSON alone), and every error, including unknown paths and
 * formats, comes out as an Open311 error list. No cookies are read here: a POST needs an api_key.
 */
export function open311ApiRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    app.setErrorHandler(open311ErrorHandler);
    const notFound = (request: FastifyRequest, reply: FastifyReply) =>
      sendProblems(reply, request, [{ code: 'OPEN311_NOT_FOUND' }]);
    app.setNotFoundHandler(notFound);
    // When the web pages are served, their wildcard route would take every unmatched GET (and hand it
    // the app shell): our own catch-all is more specific, so /open311 answers in Open311 form anyway.
    app.all('/', { schema: { hide: true } }, notFound);
    app.all('/*', { schema: { hide: true } }, notFound);
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, parseForm(body as string)),
    );
    const query = (request: FastifyRequest) => fieldsOfQuery(request.query);
    /** The base URL clients reached us by (a malformed Host header is not echoed). */
    const baseUrl = (request: FastifyRequest) => {
      const host = HOST.test(request.host) ? request.host : `${deps.config.host}:${deps.config.port}`;
      return `${request.protocol}://${host}`;
    };

    for (const format of FORMATS) {
      app.get(
        `/discovery.${format}`,
        doc(`GeoReport v2 service discovery (${format})`),
        async (request, reply) =>
          sendAs(reply, format, 'discovery', await discovery(deps.db, baseUrl(request), request.locale)),
      );

      app.get(
        `/v2/services.${format}`,
        doc(`Open311 services: the case categories a report can be filed under (${format})`),
        async (request, reply) => {
          await resolveJurisdiction(deps.db, field(query(request), 'jurisdiction_id'));
          return sendAs(reply, format, 'services', await listServices(deps.db));
        },
      );

      app.get(
        `/v2/requests.${format}`,
        doc(
          `Open311 service requests (${format})`,
          'Public data only: no reporter, phone and ID numbers blotted out, points rounded to 50 m. Filters: ' +
            'service_request_id, service_code, status, start_date/end_date (≤ 90 days), page, page_size (≤ 1000).',
        ),
        async (request, reply) =>
          sendAs(
            reply,
            format,
            'service_requests',
            await listRequests(deps.db, query(request), request.locale, deps.clock.now()),
          ),
      );

      app.post(
        `/v2/requests.${format}`,
        doc(
          `Create an Open311 service request (${format})`,
          'Form-encoded (application/x-www-form-urlencoded); api_key and jurisdiction_id in the form or the ' +
            'query string. lat and long are required. Answers the case number at once (realtime).',
        ),
        async (request, reply) => {
          const created = await createRequest(deps, {
            body: (request.body as Fields | undefined) ?? {},
            query: query(request),
            requestId: request.id,
            locale: request.locale,
          });
          return sendAs(reply, format, 'service_requests', created);
        },
      );
    }

    app.get<{ Params: { file: string } }>(
      '/v2/services/:file',
      doc('Open311 service definition: the attributes a report may answer (.json or .xml)'),
      async (request, reply) => {
        const item = splitFormat(request.params.file);
        if (!item) return sendProblems(reply, request, [{ code: 'OPEN311_NOT_FOUND' }]);
        await resolveJurisdiction(deps.db, field(query(request), 'jurisdiction_id'));
        return sendAs(
          reply,
          item.format,
          'service_definition',
          await getServiceDefinition(deps.db, item.name, request.locale),
        );
      },
    );

    app.get<{ Params: { file: string } }>(
      '/v2/requests/:file',
      doc('One Open311 service request by its case number (.json or .xml)'),
      async (request, reply) => {
        const item = splitFormat(request.params.file);
        if (!item) return sendProblems(reply, request, [{ code: 'OPEN311_NOT_FOUND' }]);
        return sendAs(
          reply,
          item.format,
          'service_requests',
          await getRequest(deps.db, query(request), item.name, request.locale),
        );
      },
    );

    app.get<{ Params: { file: string } }>(
      '/v2/tokens/:file',
      doc(
        'The request id of a token (.json or .xml)',
        'Services are realtime: a token is the case number itself.',
      ),
      async (request, reply) => {
        const item = splitFormat(request.params.file);
        if (!item) return sendProblems(reply, request, [{ code: 'OPEN311_NOT_FOUND' }]);
        return sendAs(
          reply,
          item.format,
          'service_requests',
          await getToken(deps.db, query(request), item.name, request.locale),
        );
      },
    );
  };
}
