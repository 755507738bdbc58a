import { MM_PER_PT, fieldBox, pageSizeMm, pxPerMm } from './certificate-preview';

describe('certificate preview scaling', () => {
  it('should scale an A4 landscape page (297 mm) to the box width', () => {
    expect(pxPerMm(891)).toBe(3);
    expect(pxPerMm(594, pageSizeMm('landscape').width)).toBe(2);
  });

  it('should scale a portrait page by its 210 mm width', () => {
    expect(pageSizeMm('portrait')).toEqual({ width: 210, height: 297 });
    expect(pxPerMm(420, pageSizeMm('portrait').width)).toBe(2);
  });

  it('should place a field by its millimetres and its font size in points', () => {
    const box = fieldBox({ x: 20, y: 95, width: 257, fontSize: 72, align: 'center' }, 2);
    expect(box.left).toBe(40);
    expect(box.top).toBe(190);
    expect(box.width).toBe(514);
    // 72 pt = 25,4 mm → 50,8 px at 2 px/mm.
    expect(box.fontSize).toBeCloseTo(50.8);
    expect(MM_PER_PT * 72).toBeCloseTo(25.4);
  });

  it('should draw nothing before the box has a width', () => {
    expect(pxPerMm(0)).toBe(0);
  });
});
