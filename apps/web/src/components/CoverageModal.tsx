import type { CoverageReport, DivisionRef } from '@wangge/contracts';
import { Alert, Modal, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { fetchCoverage } from '../api/org.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';
import { CoverageTables } from './CoverageTables.tsx';

interface Props {
  division: DivisionRef;
  open: boolean;
  onClose: () => void;
  /** Called with each report that arrives, so the page can paint its problems red. */
  onReport: (report: CoverageReport) => void;
}

function problemCount(report: CoverageReport): number {
  return (
    report.overlaps.length +
    report.gaps.length +
    report.outside.length +
    report.communitiesWithoutBoundary.length
  );
}

/** 覆盖检查: runs the check for the division each time the modal opens. */
export function CoverageModal({ division, open, onClose, onReport }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, loading } = useAsync(
    () => (open ? fetchCoverage(division.code) : null),
    [open, division.code],
  );

  useEffect(() => {
    if (data) onReport(data);
  }, [data, onReport]);

  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={720}
      title={t('coverage.title', { name: division.name })}
      destroyOnHidden
    >
      {loading ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : data?.ok ? (
        <Result
          status="success"
          title={t('coverage.ok')}
          subTitle={t('coverage.okDetail', { communities: data.communitiesChecked, grids: data.gridCount })}
        />
      ) : data ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('coverage.problems', { count: problemCount(data) })}
          />
          <CoverageTables report={data} />
        </>
      ) : null}
    </Modal>
  );
}
