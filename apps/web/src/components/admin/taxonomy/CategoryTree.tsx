import type { CategoryNode } from '@wangge/contracts';
import { Empty, Input, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT.ts';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children?: TreeItem[];
}

const matches = (c: CategoryNode, needle: string) =>
  c.code.toLowerCase() === needle ||
  c.code.toLowerCase().startsWith(needle) ||
  c.name.toLowerCase().includes(needle) ||
  c.keywords.some((k) => k.toLowerCase().includes(needle));

/** Classes → matters, searchable by code, name or keyword; a match opens its class. */
export function CategoryTree({
  roots,
  selected,
  onSelect,
}: {
  roots: CategoryNode[];
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const needle = search.trim().toLowerCase();

  const { items, open } = useMemo(() => {
    const label = (c: CategoryNode, count?: number) => (
      <span style={{ opacity: c.active ? 1 : 0.5 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 6 }}>
          {c.code}
        </Typography.Text>
        {c.name}
        {count === undefined ? null : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            ({count})
          </Typography.Text>
        )}
        {c.active ? null : (
          <Tag style={{ marginInlineStart: 6 }} variant="filled">
            {t('admin.taxonomy.inactive')}
          </Tag>
        )}
      </span>
    );
    const open: string[] = [];
    const items: TreeItem[] = [];
    for (const root of roots) {
      const children = needle ? root.children.filter((c) => matches(c, needle)) : root.children;
      if (needle && children.length === 0 && !matches(root, needle)) continue;
      if (needle && children.length > 0) open.push(root.code);
      items.push({
        key: root.code,
        title: label(root, root.children.length),
        children: (needle && children.length === 0 ? root.children : children).map((c) => ({
          key: c.code,
          title: label(c),
        })),
      });
    }
    return { items, open };
  }, [roots, needle, t]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
      <Input.Search
        allowClear
        placeholder={t('admin.taxonomy.searchPlaceholder')}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 8 }}
        data-testid="taxonomy-search"
      />
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }} data-testid="taxonomy-tree">
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('admin.taxonomy.noMatch')} />
        ) : (
          <Tree<TreeItem>
            blockNode
            treeData={items}
            expandedKeys={needle ? open : expanded}
            onExpand={(keys) => {
              if (!needle) setExpanded(keys.map(String));
            }}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => {
              const key = keys[0];
              if (key !== undefined) onSelect(String(key));
            }}
          />
        )}
      </div>
    </div>
  );
}
