import type { UnitTreeNode } from '@thidua/registry/contracts';

export interface UnitTreeItem extends UnitTreeNode {
  children: UnitTreeItem[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Nests the flat `/units/tree` answer. Units whose parent is missing (not sent, e.g. archived and
 * hidden) become roots, and units on a parent cycle become roots rather than looping. Siblings are sorted the
 * Vietnamese way by name.
 */
export function buildUnitTree(nodes: readonly UnitTreeNode[]): UnitTreeItem[] {
  const items = new Map<string, UnitTreeItem>();
  for (const node of nodes) items.set(node.id, { ...node, children: [] });

  const roots: UnitTreeItem[] = [];
  for (const item of items.values()) {
    const parent = item.parentId ? items.get(item.parentId) : undefined;
    if (parent && parent !== item && !isAncestor(item, parent, items)) {
      parent.children.push(item);
    } else {
      roots.push(item);
    }
  }
  sortTree(roots);
  return roots;
}

/** Whether `candidate` is `parent` or above it (attaching would close a cycle). */
function isAncestor(
  candidate: UnitTreeItem,
  parent: UnitTreeItem,
  items: Map<string, UnitTreeItem>,
): boolean {
  const seen = new Set<string>();
  let current: UnitTreeItem | undefined = parent;
  while (current && !seen.has(current.id)) {
    if (current.id === candidate.id) return true;
    seen.add(current.id);
    current = current.parentId ? items.get(current.parentId) : undefined;
  }
  return false;
}

function sortTree(items: UnitTreeItem[]): void {
  items.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code));
  for (const item of items) sortTree(item.children);
}
