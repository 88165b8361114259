import {
  BoardQuery,
  BoardResponse,
  CaseNumberParams,
  ErrorResponse,
  LinkLoginRequest,
  MeTooResponse,
  NearbyList,
  NearbyQuery,
  PhoneLoginRequest,
  PortalActionResponse,
  PortalCancelRequest,
  PortalCaseDetail,
  PortalCaseList,
  PortalCategoryList,
  PortalCommunityList,
  PortalEvaluateRequest,
  PortalReportRequest,
  PortalReportResponse,
  ResidentSession,
  SmsCodeRequest,
  SmsCodeResponse,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { revokeSession } from '../auth/index.ts';
import { linkLogin, renewLink, startAnonymous } from './anonymous.ts';
import { getBoard, listCommunities } from './board.ts';
import { residentAction } from './case-action.ts';
import { getPortalCase } from './get-portal-case.ts';
import { listPortalCategories } from './list-categories.ts';
import { listMyCases } from './list-my-cases.ts';
import { meToo } from './me-too.ts';
import { nearbyCases } from './nearby-cases.ts';
import { phoneLogin } from './phone-login.ts';
import { reportFromPortal } from './report.ts';
import { requireResident, residentActor } from './resident-guard.ts';
import { describeResident } from './resident-session.ts';
import { sendSmsCode } from './send-sms-code.ts';
import { logSmsSender, type SmsCodeSender, webhookSmsSender } from './sms-sender.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['portal'];

export function portalRoutes(deps: Deps) {
  const configured: SmsCodeSender | undefined = deps.config.smsWebhook
    ? webhookSmsSender(deps.config.smsWebhook)
    : undefined;

  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    // Development: the code goes to the log. Production without a gateway cannot send codes.
    const devSender = logSmsSender((line) => app.log.warn(line));
    const unavailable: SmsCodeSender = {
      sendCode: async () => {
        throw new Error('no SMS gateway configured (WANGGE_SMS_WEBHOOK)');
      },
    };
    const sender = () =>
      deps.smsSender ?? configured ?? (deps.config.env === 'production' ? unavailable : devSender);

    app.post(
      '/api/portal/sms-code',
      {
        schema: {
          tags,
          summary: 'Send a six-digit sign-in code by SMS (rate-limited per address and phone)',
          body: SmsCodeRequest,
          response: { 200: SmsCodeResponse, ...errors, 502: ErrorResponse },
        },
      },
      async (request) => sendSmsCode(deps, sender(), request.body.phone, request.ip),
    );

    app.post(
      '/api/portal/login',
      {
        schema: {
          tags,
          summary: 'Sign in with the SMS code; the first sign-in creates the resident account',
          body: PhoneLoginRequest,
          response: { 200: ResidentSession, ...errors },
        },
      },
      async (request, reply) =>
        phoneLogin(deps, reply, { ...request.body, ip: request.ip, requestId: request.id }),
    );

    app.post(
      '/api/portal/anonymous',
      {
        schema: {
          tags,
          summary: 'Start as an anonymous resident; answers the private tracking link (shown once)',
          body: z.strictObject({}).optional(),
          response: { 200: ResidentSession, ...errors },
        },
      },
      async (request, reply) => startAnonymous(deps, reply, { ip: request.ip, requestId: request.id }),
    );

    app.post(
      '/api/portal/link-login',
      {
        schema: {
          tags,
          summary: 'Sign in again with an anonymous resident’s private tracking link',
          body: LinkLoginRequest,
          response: { 200: ResidentSession, ...errors },
        },
      },
      async (request, reply) => linkLogin(deps, reply, { token: request.body.token, ip: request.ip }),
    );

    app.post(
      '/api/portal/tracking-link',
      {
        schema: {
          tags,
          summary:
            'A new private tracking link for the signed-in anonymous resident (old links stop working)',
          body: z.strictObject({}).optional(),
          response: { 200: z.object({ trackingPath: z.string() }), ...errors },
        },
      },
      async (request) => ({ trackingPath: await renewLink(deps, requireResident(request).user.id) }),
    );

    app.get(
      '/api/portal/session',
      {
        schema: {
          tags,
          summary: 'The signed-in resident, or null (200 either way, so the page can ask freely)',
          response: { 200: ResidentSession.nullable(), ...errors },
        },
      },
      async (request) => {
        const auth = request.auth;
        if (auth?.user.kind !== 'resident') return null;
        return describeResident(deps.db, auth.user.id, auth.csrfToken, auth.expiresAt, null);
      },
    );

    app.post(
      '/api/portal/logout',
      { schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        const auth = requireResident(request);
        await deps.db.transaction(async (tx) => {
          await revokeSession(tx, auth.sessionTokenHash);
          await recordAudit(tx, residentActor(request), deps.clock.now(), {
            action: 'portal.logout',
            entityType: 'user',
            entityId: auth.user.id,
          });
        });
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/portal/categories',
      {
        schema: {
          tags,
          summary: 'Categories a resident can pick, the most reported first',
          response: { 200: PortalCategoryList, ...errors },
        },
      },
      async () => listPortalCategories(deps.db, deps.clock.now()),
    );

    app.get(
      '/api/portal/nearby',
      {
        schema: {
          tags,
          summary: 'Open cases within 200 m of a point (to say "me too" instead of reporting again)',
          querystring: NearbyQuery,
          response: { 200: NearbyList, ...errors },
        },
      },
      async (request) =>
        nearbyCases(deps.db, requireResident(request).user.id, request.locale, request.query),
    );

    app.post(
      '/api/portal/reports',
      {
        schema: {
          tags,
          summary: 'Report a problem (idempotent by idempotencyKey; rate-limited)',
          body: PortalReportRequest,
          response: { 200: PortalReportResponse, 201: PortalReportResponse, ...errors },
        },
      },
      async (request, reply) => {
        const result = await reportFromPortal(deps, residentActor(request), request.ip, request.body);
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );

    app.get(
      '/api/portal/cases',
      {
        schema: {
          tags,
          summary: 'My cases: reported or followed ("me too"), newest first',
          response: { 200: PortalCaseList, ...errors },
        },
      },
      async (request) => listMyCases(deps.db, requireResident(request).user.id, request.locale),
    );

    app.get(
      '/api/portal/cases/:number',
      {
        schema: {
          tags,
          summary: 'One of my cases, in plain words, with its timeline and photos',
          params: CaseNumberParams,
          response: { 200: PortalCaseDetail, ...errors },
        },
      },
      async (request) =>
        getPortalCase(deps.db, requireResident(request).user.id, request.locale, request.params.number),
    );

    app.post(
      '/api/portal/cases/:number/me-too',
      {
        schema: {
          tags,
          summary: '我也遇到: join an open case instead of reporting it again (follow it)',
          params: CaseNumberParams,
          body: z.strictObject({}).optional(),
          response: { 200: MeTooResponse, ...errors },
        },
      },
      async (request) => meToo(deps, residentActor(request), request.params.number),
    );

    app.post(
      '/api/portal/cases/:number/evaluate',
      {
        schema: {
          tags,
          summary: 'Rate my case; dissatisfied ("not fixed") reopens it',
          params: CaseNumberParams,
          body: PortalEvaluateRequest,
          response: { 200: PortalActionResponse, ...errors },
        },
      },
      async (request) =>
        residentAction(deps, residentActor(request), request.locale, request.params.number, {
          type: 'evaluate',
          ...request.body,
        }),
    );

    app.post(
      '/api/portal/cases/:number/cancel',
      {
        schema: {
          tags,
          summary: 'Withdraw my report while nobody has accepted it yet',
          params: CaseNumberParams,
          body: PortalCancelRequest,
          response: { 200: PortalActionResponse, ...errors },
        },
      },
      async (request) =>
        residentAction(deps, residentActor(request), request.locale, request.params.number, {
          type: 'cancel',
          ...request.body,
        }),
    );

    app.get(
      '/api/portal/communities',
      {
        schema: { tags, summary: 'Communities with a public board', response: { 200: PortalCommunityList } },
      },
      async () => listCommunities(deps.db),
    );

    app.get(
      '/api/portal/board',
      {
        schema: {
          tags,
          summary:
            '公示: a community’s cases of the last 90 days, without personal data, points rounded to 50 m',
          querystring: BoardQuery,
          response: { 200: BoardResponse, ...errors },
        },
      },
      async (request) => getBoard(deps.db, deps.clock.now(), request.locale, request.query),
    );
  };
}
