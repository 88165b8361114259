import { ClearOutlined, CloudUploadOutlined, FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Crs } from '@wangge/contracts';
import { Alert, Button, Flex, Radio, Select, Spin, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { MessageKey, TranslateParams } from '../../i18n/messages.ts';
import { useErrorText } from '../../i18n/useErrorText.ts';
import { useT } from '../../i18n/useT.ts';
import { FillHeight, tableBodyHeight } from './FillHeight.tsx';
import { ImportErrorTable } from './ImportErrorTable.tsx';
import { type GeoJsonFile, readGeoJsonFile } from './readGeoJsonFile.ts';
import type { GridImportState, ImportMode } from './useGridImport.ts';

interface Props {
  state: GridImportState;
  /** Indices of the features the preview can draw. */
  shapes: ReadonlySet<number>;
  active: number | null;
  onChoose: (file: GeoJsonFile | null) => void;
  onCrs: (crs: Crs) => void;
  onMode: (mode: ImportMode) => void;
  onRecheck: () => void;
  onSubmit: () => void;
  onPick: (index: number) => void;
}

const CRS_OPTIONS: Crs[] = ['WGS84', 'GCJ02', 'BD09'];

/** 导入 GeoJSON: choose a file and its coordinate system, see the dry run's verdict, then import. */
export function ImportPanel(props: Props) {
  const { state, shapes, active } = props;
  const t = useT();
  const errorText = useErrorText();
  const inputRef = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<{ key: MessageKey; params?: TranslateParams } | null>(null);
  const { file, check } = state;

  const onFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    const read = await readGeoJsonFile(chosen);
    if (read.ok) {
      setReadError(null);
      props.onChoose(read.file);
    } else {
      setReadError({ key: read.error, ...(read.params ? { params: read.params } : {}) });
      props.onChoose(null);
    }
  };

  const status = () => {
    if (readError) return <Alert type="error" showIcon title={t(readError.key, readError.params)} />;
    if (state.importError) return <Alert type="error" showIcon title={errorText(state.importError)} />;
    if (check.status === 'checking')
      return (
        <Alert
          type="info"
          showIcon
          icon={<Spin size="small" />}
          title={t('territoryAdmin.import.checking')}
        />
      );
    if (check.status === 'failed') return <Alert type="error" showIcon title={errorText(check.error)} />;
    if (check.status === 'valid')
      return (
        <Alert
          type="success"
          showIcon
          title={t('territoryAdmin.import.valid', {
            created: check.result.created,
            updated: check.result.updated,
          })}
          description={t('territoryAdmin.import.previewNote')}
          styles={{ description: { fontSize: 12 } }}
        />
      );
    if (check.status === 'invalid')
      return (
        <Alert
          type="error"
          showIcon
          title={t('territoryAdmin.import.invalid', { count: check.problems.length })}
          description={t('territoryAdmin.import.previewNote')}
          styles={{ description: { fontSize: 12 } }}
        />
      );
    if (state.done)
      return (
        <Alert
          type="success"
          showIcon
          title={t('territoryAdmin.import.done', {
            created: state.done.created,
            updated: state.done.updated,
          })}
          data-testid="grid-import-done"
        />
      );
    return <Alert type="info" title={t('territoryAdmin.import.hint')} />;
  };

  const label = (text: string) => (
    <Typography.Text type="secondary" style={{ width: 76, flexShrink: 0, fontSize: 12 }}>
      {text}
    </Typography.Text>
  );

  return (
    <Flex gap={16} style={{ height: '100%', minHeight: 0 }}>
      <Flex vertical gap={8} style={{ width: 372, flexShrink: 0, overflow: 'auto' }}>
        <input
          ref={inputRef}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          data-testid="grid-import-file"
          style={{ display: 'none' }}
          onChange={(event) => {
            void onFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Flex gap={8} align="center">
          <Button icon={<FileAddOutlined />} onClick={() => inputRef.current?.click()}>
            {file ? t('territoryAdmin.import.rechoose') : t('territoryAdmin.import.choose')}
          </Button>
          {file ? (
            <Typography.Text strong ellipsis={{ tooltip: file.name }} style={{ minWidth: 0 }}>
              {t('territoryAdmin.import.file', { name: file.name, count: file.collection.features.length })}
            </Typography.Text>
          ) : null}
        </Flex>
        <Flex gap={4} align="center">
          <Tooltip title={t('territoryAdmin.crs.help')}>{label(t('territoryAdmin.import.crs'))}</Tooltip>
          <Radio.Group
            size="small"
            optionType="button"
            value={state.crs}
            onChange={(event) => props.onCrs(event.target.value as Crs)}
            options={CRS_OPTIONS.map((crs) => ({ value: crs, label: t(`territoryAdmin.crs.${crs}`) }))}
            data-testid="grid-import-crs"
          />
        </Flex>
        <Flex gap={4} align="center">
          {label(t('territoryAdmin.import.mode'))}
          <Select<ImportMode>
            size="small"
            value={state.mode}
            onChange={props.onMode}
            style={{ width: 120 }}
            options={[
              { value: 'create', label: t('territoryAdmin.import.mode.create') },
              { value: 'replace', label: t('territoryAdmin.import.mode.replace') },
            ]}
          />
        </Flex>
        <Flex gap={8}>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            disabled={check.status !== 'valid'}
            loading={state.importing}
            onClick={props.onSubmit}
            data-testid="grid-import-submit"
          >
            {t('territoryAdmin.import.submit')}
          </Button>
          <Button
            icon={<ReloadOutlined />}
            disabled={!file || check.status === 'checking'}
            onClick={props.onRecheck}
          >
            {t('territoryAdmin.import.check')}
          </Button>
          <Button
            icon={<ClearOutlined />}
            disabled={!file && !readError}
            onClick={() => {
              setReadError(null);
              props.onChoose(null);
            }}
          >
            {t('territoryAdmin.import.clear')}
          </Button>
        </Flex>
      </Flex>
      <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
        {status()}
        {check.status === 'invalid' ? (
          <FillHeight>
            {(height) => (
              <ImportErrorTable
                problems={check.problems}
                shapes={shapes}
                active={active}
                height={tableBodyHeight(height)}
                onPick={props.onPick}
              />
            )}
          </FillHeight>
        ) : null}
      </Flex>
    </Flex>
  );
}
