import { Steps } from 'antd-mobile';
import type { TimelineEntry } from '../api/types.ts';
import { useT } from '../i18n/context.ts';
import { formatTime } from './format.ts';
import { PhotoThumbs } from './PhotoThumbs.tsx';

/** What happened, newest first: the step in plain words, the unit (never a person), the note and photos. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const newestFirst = [...entries].reverse();
  return (
    <div className="m-timeline" data-testid="case-timeline">
      <Steps direction="vertical" current={0}>
        {newestFirst.map((entry, index) => (
          <Steps.Step
            key={`${entry.at}-${entry.type}-${index}`}
            status={index === 0 ? 'process' : 'finish'}
            title={<span data-testid="timeline-entry">{entry.text}</span>}
            description={
              <div className="m-stack" style={{ gap: 4 }}>
                <span>{formatTime(entry.at)}</span>
                {entry.unit ? <span>{t('case.unit', { unit: entry.unit })}</span> : null}
                {entry.note ? <span className="m-break">{entry.note}</span> : null}
                {/* The report's own photos are shown above the timeline already. */}
                {entry.photos.length > 0 && entry.type !== 'report' ? (
                  <PhotoThumbs photos={entry.photos} />
                ) : null}
              </div>
            }
          />
        ))}
      </Steps>
    </div>
  );
}
