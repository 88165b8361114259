import type { DivisionNode } from '@wangge/contracts';
import { Empty, Flex, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../i18n/useT.ts';

interface Props {
  roots: DivisionNode[];
  selectedCode: string | null;
  onSelect: (node: DivisionNode) => void;
}

function indexNodes(nodes: DivisionNode[], index: Map<string, DivisionNode>): Map<string, DivisionNode> {
  for (const node of nodes) {
    index.set(node.code, node);
    indexNodes(node.children, index);
  }
  return index;
}

/** The divisions in the user's scope; picking one shows it on the map. */
export function DivisionTree({ roots, selectedCode, onSelect }: Props) {
  const t = useT();
  const index = useMemo(() => indexNodes(roots, new Map()), [roots]);

  const treeData = useMemo(() => {
    const toTreeNode = (node: DivisionNode): TreeDataNode => ({
      key: node.code,
      title: (
        <Flex justify="space-between" align="center" gap={8} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: node.name }} style={{ minWidth: 0 }}>
            {node.name}
          </Typography.Text>
          <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
            {t('tree.gridCount', { count: node.gridCount })}
          </Tag>
        </Flex>
      ),
      children: node.children.map(toTreeNode),
    });
    return roots.map(toTreeNode);
  }, [roots, t]);

  // Open the first two levels (district → subdistrict → communities visible).
  const expandedKeys = useMemo(
    () => roots.flatMap((root) => [root.code, ...root.children.map((child) => child.code)]),
    [roots],
  );

  if (roots.length === 0) return <Empty description={t('tree.empty')} />;
  return (
    <Tree
      className="division-tree"
      blockNode
      showLine
      treeData={treeData}
      defaultExpandedKeys={expandedKeys}
      selectedKeys={selectedCode ? [selectedCode] : []}
      onSelect={(_keys, info) => {
        const node = index.get(String(info.node.key));
        if (node) onSelect(node);
      }}
    />
  );
}
