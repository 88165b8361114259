/**
 * Sends sign-in codes by SMS. Deployments plug in their SMS gateway through WANGGE_SMS_WEBHOOK (we
 * POST `{ kind: 'sms_code', phone, code, minutes }` and expect a 2xx); in development the code is
 * written to the server log; tests put their own sender on `deps.smsSender`.
 */
export interface SmsCodeSender {
  sendCode(phone: string, code: string, minutes: number): Promise<void>;
}

export function webhookSmsSender(url: string, fetchImpl: typeof fetch = fetch): SmsCodeSender {
  return {
    async sendCode(phone, code, minutes) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'sms_code', phone, code, minutes }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS webhook answered ${res.status}`);
    },
  };
}

export function logSmsSender(log: (line: string) => void): SmsCodeSender {
  return {
    async sendCode(phone, code, minutes) {
      log(`[sms] sign-in code for ${phone}: ${code} (valid ${minutes} min; development: not sent)`);
    },
  };
}
