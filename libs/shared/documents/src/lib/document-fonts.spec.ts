import { tmpdir } from 'node:os';
import { configureDocumentFonts, documentFontDirectory, measureText } from './document-fonts';

describe('document fonts', () => {
  it('should find the Tinos fonts from the source tree', () => {
    expect(documentFontDirectory()).toMatch(/libs\/shared\/documents\/src\/assets\/fonts$/);
  });

  it('should refuse a folder without the fonts', () => {
    expect(() => configureDocumentFonts(tmpdir())).toThrow(/Tinos-Regular\.ttf/);
  });

  it('should measure text with the Times metrics of Tinos', () => {
    // Times New Roman: "M" is 0.889 em, "i" 0.278 em; bold Vietnamese capitals are wider.
    expect(measureText('M', 10)).toBeCloseTo(8.89, 1);
    expect(measureText('i', 10)).toBeCloseTo(2.78, 1);
    expect(measureText('ĐỘC LẬP', 13, 'bold')).toBeGreaterThan(measureText('ĐỘC LẬP', 13));
  });
});
