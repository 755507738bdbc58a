/** Largest PKCS#12 file an admin may upload (a key and a chain of a few certificates). */
export const SIGNING_CERTIFICATE_MAX_BYTES = 64 * 1024;

/** `active`: signs; `replaced` by a newer one of its body, or `removed`: kept for the record, key erased. */
export type SigningCertificateStatus = 'active' | 'replaced' | 'removed';

/** An issuing body's signing certificate as the admin sees it (never its key or password). */
export interface SigningCertificateResponse {
  id: string;
  /** The issuing body it signs for: a short code ("SNV", "UBND") and its name as stamped. */
  bodyCode: string;
  bodyName: string;
  /** The signer's name shown on the stamp ("Ký bởi: …"). */
  signerName: string;
  commonName: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  /** SHA-256 of the certificate (hex), to compare with the CA's record. */
  fingerprint: string;
  status: SigningCertificateStatus;
  uploadedAt: string;
  uploadedBy: string | null;
}

/** The text fields sent with the `.p12/.pfx` file (multipart form, field `file`). */
export interface UploadSigningCertificateRequest {
  bodyCode: string;
  bodyName: string;
  signerName: string;
  password: string;
}

/**
 * Query of a download that can be signed: `signed=true` signs the PDF with the active certificate of
 * `signedBy` (a body code), or of the only body that has one.
 */
export interface SignedDownloadQuery {
  signed?: boolean;
  signedBy?: string;
}
