import type { CaseActionRequest } from '@wangge/contracts';
import type { ActionHandler } from '../action-types.ts';
import { accept } from './accept.ts';
import { cancel } from './cancel.ts';
import { check } from './check.ts';
import { claim } from './claim.ts';
import { close } from './close.ts';
import { decideExtension } from './decide-extension.ts';
import { dispatch } from './dispatch.ts';
import { escalate } from './escalate.ts';
import { evaluate } from './evaluate.ts';
import { feedback } from './feedback.ts';
import { followup } from './followup.ts';
import { merge } from './merge.ts';
import { reject } from './reject.ts';
import { requestExtension } from './request-extension.ts';
import { resume } from './resume.ts';
import { returnDispatch } from './return.ts';
import { review } from './review.ts';
import { suspend } from './suspend.ts';
import { verifyReport } from './verify-report.ts';

/** One handler per action a user can take (report and on-the-spot resolution start a case elsewhere). */
export const HANDLERS: { [T in CaseActionRequest['type']]: ActionHandler<T> } = {
  verify_report: verifyReport,
  accept,
  reject,
  merge,
  dispatch,
  claim,
  return: returnDispatch,
  request_extension: requestExtension,
  decide_extension: decideExtension,
  suspend,
  resume,
  feedback,
  check,
  evaluate,
  review,
  followup,
  close,
  escalate,
  cancel,
};
