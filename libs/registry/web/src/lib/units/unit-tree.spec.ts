import type { UnitTreeNode } from '@thidua/registry/contracts';

import { buildUnitTree } from './unit-tree';

function node(id: string, name: string, parentId: string | null = null): UnitTreeNode {
  return { id, code: id.toUpperCase(), name, parentId, isArchived: false };
}

describe('buildUnitTree', () => {
  it('should nest children under their parents', () => {
    const tree = buildUnitTree([
      node('p', 'UBND tỉnh'),
      node('c1', 'Sở Tư pháp', 'p'),
      node('g', 'Phòng Hành chính', 'c1'),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.id)).toEqual(['c1']);
    expect(tree[0].children[0].children.map((c) => c.id)).toEqual(['g']);
  });

  it('should make units whose parent is missing roots', () => {
    const tree = buildUnitTree([node('a', 'Sở Y tế', 'gone'), node('b', 'Sở Xây dựng')]);
    expect(tree.map((n) => n.id).sort()).toEqual(['a', 'b']);
  });

  it('should sort siblings in Vietnamese order', () => {
    const tree = buildUnitTree([
      node('1', 'Đài Phát thanh'),
      node('2', 'Ban Dân tộc'),
      node('3', 'Công an tỉnh'),
      node('4', 'Ủy ban Mặt trận'),
      node('5', 'Ấp Bắc'),
    ]);
    expect(tree.map((n) => n.name)).toEqual([
      'Ấp Bắc',
      'Ban Dân tộc',
      'Công an tỉnh',
      'Đài Phát thanh',
      'Ủy ban Mặt trận',
    ]);
  });

  it('should not loop on a parent cycle', () => {
    const tree = buildUnitTree([node('a', 'A', 'b'), node('b', 'B', 'a'), node('s', 'S', 's')]);
    expect(tree.map((n) => n.id).sort()).toEqual(['a', 'b', 's']);
  });

  it('should return an empty forest for no units', () => {
    expect(buildUnitTree([])).toEqual([]);
  });
});
