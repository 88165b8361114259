import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Category, CategoryNode } from '@wangge/contracts';
import { App, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { fetchDepartments } from '../api/caseDetail.ts';
import { exportCategories, fetchCategoryTree } from '../api/taxonomy.ts';
import { CategoryCreateModal } from '../components/admin/taxonomy/CategoryCreateModal.tsx';
import { CategoryEditor } from '../components/admin/taxonomy/CategoryEditor.tsx';
import { CategoryTree } from '../components/admin/taxonomy/CategoryTree.tsx';
import { downloadJson } from '../components/admin/taxonomy/download.ts';
import { ImportModal } from '../components/admin/taxonomy/ImportModal.tsx';
import { LoadErrorAlert } from '../components/LoadErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useErrorText } from '../i18n/useErrorText.ts';
import { useT } from '../i18n/useT.ts';

const find = (nodes: CategoryNode[], code: string | null): Category | null => {
  if (!code) return null;
  for (const n of nodes) {
    if (n.code === code) return n;
    const child = n.children.find((c) => c.code === code);
    if (child) return child;
  }
  return null;
};

/** /admin/taxonomy: the case categories (classes → matters), each with its routing and time limits. */
export default function TaxonomyPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [reload, setReload] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [exporting, setExporting] = useState(false);
  const tree = useAsync((signal) => fetchCategoryTree(signal), [reload]);
  const departments = useAsync((signal) => fetchDepartments(signal), []);
  const roots = tree.data?.tree ?? [];
  const category = useMemo(() => find(roots, selected), [roots, selected]);
  const classes = roots.filter((c) => c.kind === 'class');
  const refresh = () => setReload((n) => n + 1);

  const runExport = async () => {
    setExporting(true);
    try {
      const items = await exportCategories();
      const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
      downloadJson(items, `taxonomy-${day}.json`);
      message.success(t('admin.taxonomy.exported', { count: items.length }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const parentOf = category ? (category.kind === 'class' ? category.code : category.parentCode) : null;

  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        padding: '12px 16px',
        gap: 12,
      }}
    >
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('menu.taxonomy')}
        </Typography.Title>
        {tree.data ? (
          <Typography.Text type="secondary">
            {t('admin.taxonomy.total', { total: tree.data.total })}
          </Typography.Text>
        ) : null}
        <div style={{ flex: 1 }} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={classes.length === 0 || !departments.data}
          onClick={() => setDialog('create')}
          data-testid="taxonomy-add"
        >
          {t('admin.taxonomy.add')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={runExport}
          data-testid="taxonomy-export"
        >
          {t('admin.taxonomy.export')}
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} data-testid="taxonomy-import">
          {t('admin.taxonomy.import')}
        </Button>
      </Flex>
      {tree.error || departments.error ? (
        <LoadErrorAlert error={tree.error ?? departments.error} onRetry={refresh} />
      ) : null}
      <Flex gap={12} style={{ flex: 1, minHeight: 0 }}>
        <Card
          size="small"
          style={{ width: 360, flex: 'none', display: 'flex', flexDirection: 'column', minHeight: 0 }}
          styles={{ body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' } }}
        >
          {tree.loading && !tree.data ? (
            <Spin style={{ margin: 24 }} />
          ) : (
            <CategoryTree roots={roots} selected={selected} onSelect={setSelected} />
          )}
        </Card>
        <Card size="small" style={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
          {category && departments.data ? (
            <CategoryEditor
              category={category}
              departments={departments.data.items}
              onSaved={(saved) => {
                setSelected(saved.code);
                refresh();
              }}
            />
          ) : (
            <Empty description={t('admin.taxonomy.pick')} style={{ marginTop: 80 }} />
          )}
        </Card>
      </Flex>
      {dialog === 'create' && departments.data ? (
        <CategoryCreateModal
          classes={classes}
          departments={departments.data.items}
          initialParent={parentOf}
          onClose={() => setDialog(null)}
          onCreated={(created) => {
            setDialog(null);
            setSelected(created.code);
            refresh();
          }}
        />
      ) : null}
      {dialog === 'import' ? <ImportModal onClose={() => setDialog(null)} onImported={refresh} /> : null}
    </div>
  );
}
