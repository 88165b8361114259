import type { DivisionNode } from '@wangge/contracts';
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { fetchCommunityGrids } from '../../../api/staff.ts';
import { useT } from '../../../i18n/useT.ts';

interface PlaceNode {
  value: string;
  title: string;
  isLeaf?: boolean;
  children?: PlaceNode[];
}

const toNodes = (nodes: DivisionNode[]): PlaceNode[] =>
  nodes.map((n) => ({
    value: n.code,
    title: n.name,
    // A community's grids are loaded when it is opened.
    ...(n.level === 'community'
      ? { isLeaf: n.gridCount === 0 }
      : { children: toNodes(n.children), isLeaf: n.children.length === 0 }),
  }));

const openKeys = (nodes: DivisionNode[]): string[] =>
  nodes.flatMap((n) => (n.level === 'community' ? [] : [n.code, ...openKeys(n.children)]));

function withGrids(nodes: PlaceNode[], community: string, grids: PlaceNode[]): PlaceNode[] {
  return nodes.map((n) =>
    n.value === community
      ? { ...n, children: grids }
      : n.children
        ? { ...n, children: withGrids(n.children, community, grids) }
        : n,
  );
}

/** A division or grid where a role is held: the division tree, with each community's grids on demand. */
export function PlacePicker({
  tree,
  value,
  onChange,
  id,
}: {
  tree: DivisionNode[];
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const t = useT();
  const initial = useMemo(() => toNodes(tree), [tree]);
  // Districts and subdistricts open, so that the communities show.
  const opened = useMemo(() => openKeys(tree), [tree]);
  const [nodes, setNodes] = useState<PlaceNode[] | null>(null);
  const data = nodes ?? initial;
  return (
    <TreeSelect<string, PlaceNode>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      treeData={data}
      placeholder={t('admin.staff.placePlaceholder')}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={opened}
      loadData={async (node) => {
        const code = String(node.value);
        const grids = await fetchCommunityGrids(code);
        const children = grids.items.map((g) => ({ value: g.code, title: g.name, isLeaf: true }));
        setNodes((current) => withGrids(current ?? initial, code, children));
      }}
      treeTitleRender={(node) => (
        <span>
          {node.title} <span style={{ color: '#999', fontSize: 12 }}>{node.value}</span>
        </span>
      )}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      data-testid="staff-place"
    />
  );
}
