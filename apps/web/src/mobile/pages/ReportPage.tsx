import { Button, ProgressBar, Toast } from 'antd-mobile';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/http.ts';
import { fetchCategories, meToo, submitReport } from '../api/report.ts';
import type { PortalReportRequest, ReportResult } from '../api/types.ts';
import { CategoryField } from '../components/CategoryField.tsx';
import { matchCategories } from '../components/categorySearch.ts';
import { FormSection } from '../components/FormSection.tsx';
import { newIdempotencyKey } from '../components/idempotencyKey.ts';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { LocationField } from '../components/LocationField.tsx';
import { NearbyList } from '../components/NearbyList.tsx';
import { Notice } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { PhotoPicker } from '../components/PhotoPicker.tsx';
import type { PhotoProblem } from '../components/photos.ts';
import { ReportDone } from '../components/ReportDone.tsx';
import {
  ADDRESS_MAX,
  checkDraft,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  type Draft,
  type DraftProblems,
} from '../components/reportRules.ts';
import { useLoad } from '../components/useLoad.ts';
import { useNearby } from '../components/useNearby.ts';
import { usePhotoList } from '../components/usePhotoList.ts';
import { useI18n } from '../i18n/context.ts';
import type { MobileKey } from '../i18n/translate.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { go } from '../router.ts';
import { useSession } from '../session/context.ts';

/** Codes the form can say more about than the server's message. */
const HINTS: Partial<Record<string, MobileKey>> = {
  CASE_LOCATION_OUTSIDE: 'report.hint.outside',
  CASE_CATEGORY_UNKNOWN: 'report.hint.category',
  FILES_NOT_FOUND: 'report.hint.filesGone',
  PORTAL_RATE_LIMITED: 'report.hint.rateLimited',
};

type Phase = 'idle' | 'uploading' | 'sending';

/** 我要上报: a fresh form each time (a new idempotency key, no photos). */
export default function ReportPage() {
  const [round, setRound] = useState(0);
  return <ReportForm key={round} onAnother={() => setRound((n) => n + 1)} />;
}

function ReportForm({ onAnother }: { onAnother: () => void }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const { session } = useSession();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const categories = useLoad((signal) => fetchCategories(signal), [locale]);
  const [draft, setDraft] = useState<Draft>({
    categoryCode: null,
    description: '',
    address: '',
    location: null,
  });
  const [problems, setProblems] = useState<DraftProblems>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<{ text: string; hint: MobileKey | null } | null>(null);
  const [outside, setOutside] = useState(false);
  const [result, setResult] = useState<ReportResult | null>(null);
  const [meTooBusy, setMeTooBusy] = useState<string | null>(null);

  const onPhotoProblem = useCallback(
    (problem: PhotoProblem) => Toast.show({ content: t(`photos.problem.${problem}`), duration: 3000 }),
    [t],
  );
  const photos = usePhotoList(onPhotoProblem);
  const nearby = useNearby(draft.location, draft.categoryCode);
  const others = nearby.filter((item) => !item.mine);

  const suggestions = useMemo(() => {
    if (draft.categoryCode || draft.description.trim().length < 2 || !categories.data) return [];
    return matchCategories(categories.data.items, draft.description)
      .filter((c) => c.keywords.some((k) => k && draft.description.includes(k)))
      .slice(0, 3);
  }, [draft.categoryCode, draft.description, categories.data]);

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setProblems((current) => {
      const next = { ...current };
      if ('categoryCode' in patch) delete next.category;
      if ('description' in patch) delete next.description;
      if ('address' in patch) delete next.address;
      if ('location' in patch) delete next.location;
      return next;
    });
    if ('location' in patch) setOutside(false);
  };

  const problemText = (field: keyof DraftProblems): string | null => {
    const problem = problems[field];
    if (!problem) return null;
    if (problem === 'tooShort') return t('report.problem.tooShort', { min: DESCRIPTION_MIN });
    if (problem === 'tooLong')
      return t('report.problem.tooLong', { max: field === 'address' ? ADDRESS_MAX : DESCRIPTION_MAX });
    return t(`report.problem.${field}`);
  };

  const sayMeToo = async (number: string) => {
    setMeTooBusy(number);
    try {
      await meToo(number);
      Toast.show({ icon: 'success', content: t('nearby.joined') });
      go(`/cases/${number}`);
    } catch (caught) {
      Toast.show({ content: errorText(caught), duration: 3000 });
      setMeTooBusy(null);
    }
  };

  const submit = async () => {
    const found = checkDraft(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document
        .querySelector('[aria-invalid="true"]')
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    if (photos.busy) {
      Toast.show({ content: t('photos.stillCompressing') });
      return;
    }
    const location = draft.location!;
    setFailure(null);
    try {
      setPhase('uploading');
      setProgress(0);
      const photoIds = await photos.uploadAll(setProgress);
      setPhase('sending');
      const address = draft.address.trim();
      const body: PortalReportRequest = {
        idempotencyKey,
        categoryCode: draft.categoryCode!,
        description: draft.description.trim(),
        location: { lng: location.lng, lat: location.lat, crs: 'WGS84', source: location.source },
        ...(address ? { address } : {}),
        photos: photoIds,
      };
      setResult(await submitReport(body));
      window.scrollTo(0, 0);
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : null;
      if (code === 'FILES_NOT_FOUND') photos.forgetUploads();
      if (code === 'CASE_LOCATION_OUTSIDE') setOutside(true);
      if (code === 'CASE_CATEGORY_UNKNOWN') change({ categoryCode: null });
      const hint = code ? (HINTS[code] ?? null) : null;
      setFailure({ text: errorText(caught), hint });
    } finally {
      setPhase('idle');
    }
  };

  if (result) {
    return (
      <Page title={t('report.doneTitle')} backTo="/" tab="/report">
        <ReportDone
          result={result}
          trackingPath={session?.kind === 'anonymous' ? session.trackingPath : null}
          onAnother={onAnother}
        />
      </Page>
    );
  }

  const sending = phase !== 'idle';
  return (
    <Page title={t('report.title')} backTo="/" tab="/report">
      <form
        data-testid="report-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {session?.kind === 'anonymous' ? <Notice kind="info">{t('report.anonymousNote')}</Notice> : null}
        <div style={{ height: session?.kind === 'anonymous' ? 12 : 0 }} />

        <FormSection title={t('report.category')} required problem={problemText('category')}>
          {categories.data ? (
            <CategoryField
              categories={categories.data.items}
              value={draft.categoryCode}
              onChange={(code) => change({ categoryCode: code })}
            />
          ) : categories.error ? (
            <LoadError error={categories.error} onRetry={categories.reload} />
          ) : (
            <Loading />
          )}
        </FormSection>

        <FormSection title={t('report.description')} required problem={problemText('description')}>
          <label data-testid="report-description">
            <textarea
              className="m-textarea"
              aria-label={t('report.description')}
              rows={4}
              maxLength={DESCRIPTION_MAX}
              placeholder={t('report.descriptionPlaceholder')}
              value={draft.description}
              onChange={(event) => change({ description: event.target.value })}
            />
          </label>
          <div className="m-counter">
            {draft.description.trim().length}/{DESCRIPTION_MAX}
          </div>
          {suggestions.length > 0 ? (
            <div className="m-row" style={{ marginTop: 6 }}>
              <span className="m-muted">{t('report.suggested')}</span>
              {suggestions.map((c) => (
                <button
                  type="button"
                  key={c.code}
                  className="m-chip"
                  onClick={() => change({ categoryCode: c.code })}
                  data-testid="category-suggestion"
                  data-code={c.code}
                >
                  {c.name}
                </button>
              ))}
            </div>
          ) : null}
        </FormSection>

        <FormSection title={t('report.photos')} hint={t('report.photosHint')}>
          <PhotoPicker
            photos={photos.photos}
            onAdd={photos.add}
            onRemove={photos.remove}
            disabled={sending}
          />
        </FormSection>

        <FormSection
          title={t('report.location')}
          required
          problem={problemText('location')}
          testId="report-location"
        >
          <LocationField
            value={draft.location}
            onChange={(location) => change({ location })}
            invalid={outside}
          />
          <label className="m-stack" style={{ gap: 4, marginTop: 12 }} data-testid="report-address">
            <span className="m-muted">{t('report.address')}</span>
            <input
              className="m-input"
              maxLength={ADDRESS_MAX}
              placeholder={t('report.addressPlaceholder')}
              value={draft.address}
              onChange={(event) => change({ address: event.target.value })}
            />
          </label>
          {problemText('address') ? (
            <div className="m-danger-text" style={{ fontSize: 13 }}>
              {problemText('address')}
            </div>
          ) : null}
        </FormSection>

        {others.length > 0 ? (
          <NearbyList
            items={others}
            busyNumber={meTooBusy}
            onMeToo={(number) => void sayMeToo(number)}
            onOpen={(number) => go(`/cases/${number}`)}
          />
        ) : null}

        {failure ? (
          <div style={{ marginBottom: 12 }}>
            <Notice kind="error" testId="report-error">
              <div>{failure.text}</div>
              {failure.hint ? <div style={{ marginTop: 4 }}>{t(failure.hint)}</div> : null}
            </Notice>
          </div>
        ) : null}

        {phase === 'uploading' && photos.photos.length > 0 ? (
          <div style={{ marginBottom: 12 }} data-testid="report-progress">
            <div className="m-muted">{t('report.uploading', { percent: Math.round(progress * 100) })}</div>
            <ProgressBar percent={Math.round(progress * 100)} />
          </div>
        ) : null}

        <Button
          block
          type="submit"
          color="primary"
          size="large"
          loading={sending}
          loadingText={phase === 'uploading' ? t('report.uploadingShort') : t('report.sending')}
          disabled={sending}
          data-testid="report-submit"
        >
          {others.length > 0 ? t('report.submitAnyway') : t('report.submit')}
        </Button>
        <p className="m-muted" style={{ textAlign: 'center' }}>
          {t('report.privacy')}
        </p>
      </form>
    </Page>
  );
}
