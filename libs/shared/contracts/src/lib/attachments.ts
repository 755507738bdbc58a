export const ATTACHMENT_KINDS = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** What an upload is for, and so which file types and sizes it accepts. */
export const ATTACHMENT_PURPOSES = {
  /** A movement's launch plan or other documents. */
  document: { kinds: ['pdf', 'docx'], maxBytes: 10 * 1024 * 1024 },
  /** The scan of a paper pledge signed by hand. */
  pledgeScan: { kinds: ['pdf', 'png', 'jpeg'], maxBytes: 10 * 1024 * 1024 },
  /** A nomination's achievement report. */
  achievementReport: { kinds: ['pdf', 'docx'], maxBytes: 10 * 1024 * 1024 },
  /** Evidence of a unit's self-assessed score on a criterion. */
  scoreEvidence: { kinds: ['pdf', 'docx', 'xlsx', 'png', 'jpeg'], maxBytes: 10 * 1024 * 1024 },
  /** A clearance office's document backing its answer (an objection's grounds, a confirmation). */
  clearanceDocument: { kinds: ['pdf', 'docx', 'png', 'jpeg'], maxBytes: 10 * 1024 * 1024 },
} as const satisfies Record<string, { kinds: readonly AttachmentKind[]; maxBytes: number }>;
export type AttachmentPurpose = keyof typeof ATTACHMENT_PURPOSES;

export interface AttachmentResponse {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  /** `GET` this to download. */
  url: string;
}
