import type {
  BoardResponse,
  FileInfo,
  MeTooResponse,
  NearbyCase,
  PortalActionResponse,
  PortalCaseDetail,
  PortalCaseSummary,
  PortalCategory,
  PortalCommunity,
  PortalReportRequest,
  PortalReportResponse,
  ResidentSession,
  SmsCodeResponse,
} from '@wangge/contracts';
import type { z } from 'zod';

// The shapes of the portal contracts (types only: the resident pages carry no zod at run time).
export type { FileInfo, PortalCaseDetail, PortalReportRequest, ResidentSession };
export type SmsCodeResult = z.infer<typeof SmsCodeResponse>;
export type Category = z.infer<typeof PortalCategory>;
export type Nearby = z.infer<typeof NearbyCase>;
export type MeToo = z.infer<typeof MeTooResponse>;
export type ReportResult = z.infer<typeof PortalReportResponse>;
export type CaseSummary = z.infer<typeof PortalCaseSummary>;
export type ActionResult = z.infer<typeof PortalActionResponse>;
export type Community = z.infer<typeof PortalCommunity>;
export type Board = z.infer<typeof BoardResponse>;
export type BoardEntry = Board['items'][number];
export type TimelineEntry = PortalCaseDetail['timeline'][number];
export type Photo = PortalCaseDetail['photos']['report'][number];
export type Rating = NonNullable<PortalCaseDetail['evaluation']>;
export type LocationSource = PortalReportRequest['location']['source'];

/** GET /api/notifications (apps/server/src/modules/notify/notify.routes.ts). */
export interface Notice {
  id: number;
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
  /** The readable number of the case it is about (newer servers; older ones put it in `body`). */
  caseNumber?: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface NoticeList {
  items: Notice[];
  unread: number;
}
