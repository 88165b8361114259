import type { DivisionNode } from '@wangge/contracts';

/** The districts of the user's division tree, in tree order: where a key can be issued. */
export function districtsOf(nodes: DivisionNode[]): DivisionNode[] {
  return nodes.flatMap((n) => (n.level === 'district' ? [n] : districtsOf(n.children)));
}
