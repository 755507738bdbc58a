import type { Response } from 'express';

/**
 * A file name in plain ASCII for clients that cannot read the UTF-8 one: Vietnamese letters lose
 * their marks ("Bảng xếp hạng" → "Bang xep hang"), and anything but letters, digits, dots, dashes,
 * underscores and spaces becomes "_".
 */
export function asciiFileName(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w. -]/g, '_');
}

/** The `Content-Disposition` of a download: the ASCII name, and the UTF-8 name (RFC 6266, 5987). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file the API sends as a download. */
export interface DownloadFile {
  buffer: Buffer;
  contentType: string;
  /** The name it is saved under, in Vietnamese ("Biên bản hội nghị.pdf"). */
  fileName: string;
}

/** Sends `file` as a download under its name. */
export function sendDownload(res: Response, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  res.send(file.buffer);
}
