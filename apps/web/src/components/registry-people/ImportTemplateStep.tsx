import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Radio, Space, Typography } from 'antd';
import type { ImportEntity } from '../../api/registryImports.ts';
import { useT } from '../../i18n/useT.ts';

/** What the registry imports, in the order of the menu. */
const IMPORT_ENTITIES: readonly ImportEntity[] = ['people', 'rooms', 'organisations'];

/**
 * The wizard's first step: what to import, how its rows are matched to the registry (a short hint
 * per entity), and its template; the choice drives the template and the upload after it.
 */
export function ImportTemplateStep({
  entity,
  onEntity,
  templating,
  onTemplate,
  onNext,
}: {
  entity: ImportEntity;
  onEntity: (entity: ImportEntity) => void;
  templating: boolean;
  onTemplate: () => void;
  onNext: () => void;
}) {
  const t = useT();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex align="center" gap={8} wrap data-testid="import-entity" data-entity={entity}>
        <Typography.Text strong>
          {t('registryImport.entity')}
          {t('people.colon')}
        </Typography.Text>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={entity}
          onChange={(event) => onEntity(event.target.value as ImportEntity)}
          options={IMPORT_ENTITIES.map((e) => ({
            value: e,
            label: t(`registryImport.entity.${e}`),
          }))}
        />
      </Flex>
      <Alert type="info" showIcon title={t(`registryImport.templateHint.${entity}`)} />
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={templating}
          onClick={onTemplate}
          data-testid="import-template"
        >
          {t('registryImport.template')}
        </Button>
        <Button type="primary" onClick={onNext} data-testid="import-next">
          {t('registryImport.next')}
        </Button>
      </Flex>
    </Space>
  );
}
