import type { DivisionNode } from '@wangge/contracts';

/** The communities of the division tree that hold grids in the caller's scope, in tree order. */
export function communitiesOf(roots: readonly DivisionNode[]): DivisionNode[] {
  const out: DivisionNode[] = [];
  const walk = (nodes: readonly DivisionNode[]) => {
    for (const node of nodes) {
      if (node.level === 'community') {
        if (node.gridCount > 0) out.push(node);
      } else walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** The tree as options of a TreeSelect (value: division code). */
export interface DivisionOption {
  value: string;
  title: string;
  children: DivisionOption[];
}
export function divisionOptions(roots: readonly DivisionNode[]): DivisionOption[] {
  return roots.map((node) => ({
    value: node.code,
    title: node.name,
    children: divisionOptions(node.children),
  }));
}

/** The communities of the tree with their territory paths (district.subdistrict.community codes). */
export function communityPaths(roots: readonly DivisionNode[]): { node: DivisionNode; path: string }[] {
  const out: { node: DivisionNode; path: string }[] = [];
  const walk = (nodes: readonly DivisionNode[], parent: string) => {
    for (const node of nodes) {
      const path = parent ? `${parent}.${node.code}` : node.code;
      if (node.level === 'community') out.push({ node, path });
      else walk(node.children, path);
    }
  };
  walk(roots, '');
  return out;
}

/** Whether a grant at `scopePath` covers `path` (the same node or one above it). */
export const covers = (scopePath: string | null, path: string): boolean =>
  scopePath !== null && (path === scopePath || path.startsWith(`${scopePath}.`));
