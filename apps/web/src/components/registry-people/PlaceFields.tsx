import { dictLabel, RELATION_TO_HEAD } from '@wangge/domain/registry';
import { Alert, Col, Form, type FormInstance, Input, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { fetchGrid } from '../../api/org.ts';
import { fetchScopeGrids } from '../../api/registry.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useI18n } from '../../i18n/useT.ts';
import type { PersonFormValues } from './personFormValues.ts';

/**
 * Where the person lives: a grid of the user's territory, and in it a building, stairway unit and
 * room number, or only the grid when the room is not known yet. A room not registered yet is added
 * to the building by the server.
 */
export function PlaceFields({
  form,
  keepsHousehold,
}: {
  form: FormInstance<PersonFormValues>;
  /** The person belongs to a household of the room the form started with. */
  keepsHousehold: boolean;
}) {
  const { t, locale } = useI18n();
  const gridCode = Form.useWatch('gridCode', form);
  const buildingCode = Form.useWatch('buildingCode', form);
  const grids = useAsync((signal) => fetchScopeGrids(signal), []);
  const grid = useAsync((signal) => (gridCode ? fetchGrid(gridCode, signal) : null), [gridCode]);
  const buildings = grid.data?.code === gridCode ? (grid.data?.buildingList ?? []) : [];
  const building = buildings.find((b) => b.code === buildingCode);
  const gridOptions = useMemo(
    () =>
      (grids.data?.items ?? []).map((g) => ({
        value: g.code,
        label: `${g.name}（${g.code}）`,
        title: `${g.communityName} · ${g.name}`,
      })),
    [grids.data],
  );

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="gridCode" label={t('people.field.grid')} required>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={grids.loading}
              options={gridOptions}
              placeholder={t('people.form.gridPlaceholder')}
              onChange={() =>
                form.setFieldsValue({ buildingCode: undefined, unitNo: undefined, roomNo: undefined })
              }
              data-testid="form-grid"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item
            name="buildingCode"
            label={t('people.field.building')}
            extra={t('people.form.buildingHint')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!gridCode}
              loading={grid.loading}
              options={buildings.map((b) => ({ value: b.code, label: b.name }))}
              placeholder={t('people.form.buildingPlaceholder')}
              onChange={() => form.setFieldsValue({ unitNo: undefined, roomNo: undefined })}
              data-testid="form-building"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="unitNo" label={t('people.field.unit')} required={Boolean(buildingCode)}>
            <Select
              disabled={!building}
              options={(building?.units ?? []).map((u) => ({
                value: u.unitNo,
                label: t('people.form.unitOption', { unit: u.unitNo }),
              }))}
              placeholder={t('people.form.unitPlaceholder')}
              data-testid="form-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="roomNo" label={t('people.field.roomNo')} required={Boolean(buildingCode)}>
            <Input disabled={!building} maxLength={12} placeholder="302" data-testid="form-room" />
          </Form.Item>
        </Col>
      </Row>
      {grid.error ? <Alert type="warning" showIcon title={t('people.form.gridLoadFailed')} /> : null}
      {keepsHousehold ? (
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="relationToHead"
              label={t('people.field.relationToHead')}
              extra={t('people.form.relationHint')}
            >
              <Select
                allowClear
                options={RELATION_TO_HEAD.map((e) => ({
                  value: e.code,
                  label: dictLabel('relationToHead', e.code, locale),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Typography.Text type="secondary">{t('people.form.householdHint')}</Typography.Text>
      )}
    </>
  );
}
