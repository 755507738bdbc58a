import type {
  CertificateFieldPosition,
  CertificateLayoutResponse,
} from '@thidua/documents/contracts';

/** A4 in millimetres. */
export const A4_LONG_MM = 297;
export const A4_SHORT_MM = 210;
/** One typographic point in millimetres. */
export const MM_PER_PT = 25.4 / 72;

export function pageSizeMm(orientation: CertificateLayoutResponse['orientation']): {
  width: number;
  height: number;
} {
  return orientation === 'portrait'
    ? { width: A4_SHORT_MM, height: A4_LONG_MM }
    : { width: A4_LONG_MM, height: A4_SHORT_MM };
}

/** Screen pixels per millimetre when a page `pageWidthMm` wide is drawn `boxWidthPx` wide. */
export function pxPerMm(boxWidthPx: number, pageWidthMm = A4_LONG_MM): number {
  return boxWidthPx > 0 && pageWidthMm > 0 ? boxWidthPx / pageWidthMm : 0;
}

export interface PreviewBox {
  left: number;
  top: number;
  width: number;
  fontSize: number;
}

/** Where a field lands in the preview, in pixels (its font size too: points → mm → px). */
export function fieldBox(field: CertificateFieldPosition, scale: number): PreviewBox {
  return {
    left: field.x * scale,
    top: field.y * scale,
    width: field.width * scale,
    fontSize: field.fontSize * MM_PER_PT * scale,
  };
}
