import { Button } from 'antd-mobile';
import { useState } from 'react';
import { ApiError } from '../api/http.ts';
import { phoneLogin, sendSmsCode } from '../api/session.ts';
import type { ResidentSession } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { Notice } from './Notice.tsx';
import { useCountdown } from './useCountdown.ts';

// The same rules as the contract (MobilePhone, six digits); checked here to answer at once.
const PHONE = /^1[3-9]\d{9}$/;
const CODE = /^\d{6}$/;
const DEFAULT_RESEND_SECONDS = 60;

function retryAfter(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details as { retryAfterSeconds?: unknown } | undefined;
  return typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : null;
}

/** Phone number and SMS code, with a resend countdown. */
export function PhoneSignIn({ onSignedIn }: { onSignedIn: (session: ResidentSession) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [resendAt, setResendAt] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const wait = useCountdown(resendAt);
  const phoneOk = PHONE.test(phone);

  const send = async () => {
    if (!phoneOk) {
      setError(t('login.phoneInvalid'));
      return;
    }
    setError(null);
    setSending(true);
    try {
      const sent = await sendSmsCode(phone);
      setSentTo(sent.sentTo);
      setResendAt(Date.now() + (sent.resendInSeconds || DEFAULT_RESEND_SECONDS) * 1000);
    } catch (caught) {
      const seconds = retryAfter(caught);
      if (seconds) setResendAt(Date.now() + seconds * 1000);
      setError(errorText(caught));
    } finally {
      setSending(false);
    }
  };

  const signIn = async () => {
    if (!phoneOk) return setError(t('login.phoneInvalid'));
    if (!CODE.test(code)) return setError(t('login.codeInvalid'));
    setError(null);
    setSigningIn(true);
    try {
      onSignedIn(await phoneLogin(phone, code));
    } catch (caught) {
      setError(errorText(caught));
      if (caught instanceof ApiError && caught.code === 'PORTAL_CODE_TOO_MANY') setResendAt(null);
    } finally {
      setSigningIn(false);
    }
  };

  return (
    <form
      className="m-stack"
      onSubmit={(event) => {
        event.preventDefault();
        void signIn();
      }}
    >
      <label className="m-stack" style={{ gap: 4 }} data-testid="login-phone">
        <span>{t('login.phone')}</span>
        <input
          className="m-input"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          maxLength={11}
          placeholder={t('login.phonePlaceholder')}
          value={phone}
          onChange={(event) => setPhone(event.target.value.replace(/\D/g, ''))}
        />
      </label>
      <div className="m-stack" style={{ gap: 4 }}>
        <label htmlFor="m-sms-code">{t('login.code')}</label>
        <div className="m-row" style={{ flexWrap: 'nowrap' }}>
          <label style={{ flex: 1, minWidth: 0 }} data-testid="login-code">
            <input
              id="m-sms-code"
              className="m-input"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('login.codePlaceholder')}
              value={code}
              onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
            />
          </label>
          <Button
            color="primary"
            fill="outline"
            disabled={wait > 0 || sending}
            loading={sending}
            onClick={() => void send()}
            data-testid="login-send-code"
            style={{ flexShrink: 0 }}
          >
            {wait > 0
              ? t('login.resendIn', { seconds: wait })
              : sentTo
                ? t('login.resend')
                : t('login.sendCode')}
          </Button>
        </div>
      </div>
      {sentTo ? (
        <div className="m-muted" data-testid="login-sent-to">
          {t('login.sentTo', { phone: sentTo })}
        </div>
      ) : null}
      {error ? (
        <Notice kind="error" testId="login-error">
          {error}
        </Notice>
      ) : null}
      <Button block color="primary" size="large" type="submit" loading={signingIn} data-testid="login-submit">
        {t('login.submit')}
      </Button>
      <div className="m-muted">{t('login.privacy')}</div>
    </form>
  );
}
