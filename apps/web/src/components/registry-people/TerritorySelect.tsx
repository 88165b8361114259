import type { DivisionNode } from '@wangge/contracts';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { fetchTree } from '../../api/org.ts';
import { fetchCommunityGrids } from '../../api/staff.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useT } from '../../i18n/useT.ts';

interface PlaceNode {
  value: string;
  title: string;
  isLeaf?: boolean;
  children?: PlaceNode[];
}

const toNodes = (nodes: DivisionNode[], grids: ReadonlyMap<string, PlaceNode[]>): PlaceNode[] =>
  nodes.map((n) => {
    if (n.level !== 'community') {
      return {
        value: n.code,
        title: n.name,
        children: toNodes(n.children, grids),
        isLeaf: !n.children.length,
      };
    }
    const loaded = grids.get(n.code);
    return loaded
      ? { value: n.code, title: n.name, children: loaded }
      : { value: n.code, title: n.name, isLeaf: n.gridCount === 0 };
  });

const openKeys = (nodes: DivisionNode[]): string[] =>
  nodes.flatMap((n) => (n.level === 'community' ? [] : [n.code, ...openKeys(n.children)]));

/** A grid code is its community's code and three digits. */
const communityOf = (code: string): string | null => (code.length === 15 ? code.slice(0, 12) : null);

/**
 * Where to look: a district, subdistrict or community of the user's territory, or one grid (each
 * community's grids load when it is opened).
 */
export function TerritorySelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const t = useT();
  const tree = useAsync((signal) => fetchTree(signal), []);
  const [grids, setGrids] = useState<ReadonlyMap<string, PlaceNode[]>>(new Map());
  const roots = tree.data?.roots;
  const data = useMemo(() => toNodes(roots ?? [], grids), [roots, grids]);
  const opened = useMemo(() => openKeys(roots ?? []), [roots]);

  const loadGrids = async (community: string) => {
    if (grids.has(community)) return;
    const list = await fetchCommunityGrids(community);
    const children = list.items.map((g) => ({ value: g.code, title: g.name, isLeaf: true }));
    setGrids((current) => new Map(current).set(community, children));
  };

  // A grid chosen earlier (from the URL) shows by name: its community's grids are loaded.
  const community = value ? communityOf(value) : null;
  useEffect(() => {
    if (community && roots) loadGrids(community).catch(() => {});
  }, [community, roots]);

  return (
    <TreeSelect<string, PlaceNode>
      // Remounted once the tree is there, so that its first levels open.
      key={roots ? 'tree' : 'loading'}
      aria-label={t('people.filter.territory')}
      value={value}
      onChange={(next) => onChange(next || undefined)}
      treeData={data}
      placeholder={t('people.filter.territory')}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={opened}
      loading={tree.loading}
      loadData={(node) => loadGrids(String(node.value))}
      popupMatchSelectWidth={300}
      style={{ width: 200 }}
      data-testid="people-territory"
    />
  );
}
