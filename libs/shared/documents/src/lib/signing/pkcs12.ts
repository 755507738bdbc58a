import { createHash } from 'node:crypto';

import { Signer } from '@signpdf/signpdf';
import * as forge from 'node-forge';

/** Why a PKCS#12 file cannot sign. */
export type Pkcs12Problem =
  | 'notPkcs12'
  | 'wrongPassword'
  | 'noKey'
  | 'notSigningKey'
  | 'notYetValid'
  | 'expired';

export class Pkcs12Error extends Error {
  constructor(readonly problem: Pkcs12Problem) {
    super(`PKCS#12: ${problem}`);
  }
}

/** What a certificate says of itself, for the admin to check before it signs anything. */
export interface CertificateInfo {
  commonName: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** SHA-256 of the certificate (DER), hex. */
  fingerprint: string;
}

interface OpenedPkcs12 {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
  info: CertificateInfo;
}

/**
 * Opens a PKCS#12 (.p12/.pfx) file with its password: its RSA key, the certificate of that key
 * (which must allow signing and be valid at `at`) and the other certificates (the chain).
 */
export function openPkcs12(p12: Buffer, password: string, at = new Date()): OpenedPkcs12 {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
    try {
      parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
    } catch (error) {
      throw /MAC could not be verified|Invalid password/i.test(String(error))
        ? new Pkcs12Error('wrongPassword')
        : error;
    }
  } catch (error) {
    if (error instanceof Pkcs12Error) throw error;
    throw new Pkcs12Error('notPkcs12');
  }
  const bags = (type: string) => parsed.getBags({ bagType: type })[type] ?? [];
  const key = [
    ...bags(forge.pki.oids['pkcs8ShroudedKeyBag']),
    ...bags(forge.pki.oids['keyBag']),
  ].find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  const certificates = bags(forge.pki.oids['certBag'])
    .map((bag) => bag.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  if (!key || !('n' in key)) throw new Pkcs12Error('noKey');
  const certificate = certificates.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!certificate) throw new Pkcs12Error('noKey');
  const usage = certificate.getExtension('keyUsage') as {
    digitalSignature?: boolean;
    nonRepudiation?: boolean;
  } | null;
  if (usage && !usage.digitalSignature && !usage.nonRepudiation)
    throw new Pkcs12Error('notSigningKey');
  if (at < certificate.validity.notBefore) throw new Pkcs12Error('notYetValid');
  if (at > certificate.validity.notAfter) throw new Pkcs12Error('expired');
  return {
    key,
    certificate,
    chain: certificates,
    info: certificateInfo(certificate),
  };
}

function certificateInfo(certificate: forge.pki.Certificate): CertificateInfo {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return {
    commonName: attribute(certificate.subject, 'CN') ?? '',
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    serialNumber: certificate.serialNumber.toUpperCase(),
    validFrom: certificate.validity.notBefore,
    validTo: certificate.validity.notAfter,
    fingerprint: createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex'),
  };
}

/** Forge keeps UTF8String values as their UTF-8 bytes. */
function decoded(value: string, tag: number | undefined): string {
  if (tag !== forge.asn1.Type.UTF8) return value;
  try {
    return forge.util.decodeUtf8(value);
  } catch {
    return value;
  }
}

function attribute(name: forge.pki.Certificate['subject'], shortName: string): string | undefined {
  const found = name.attributes.find((a) => a.shortName === shortName);
  return found ? decoded(String(found.value), found.valueTagClass as number) : undefined;
}

function distinguishedName(name: forge.pki.Certificate['subject']): string {
  return name.attributes
    .map((a) => `${a.shortName ?? a.type}=${decoded(String(a.value), a.valueTagClass as number)}`)
    .join(', ');
}

/**
 * Signs with a PKCS#12 file's key: a detached CMS (SHA-256, signing time), as `adbe.pkcs7.detached`
 * expects. Unlike `@signpdf/signer-p12` it names the signer's certificate by the issuer exactly as
 * the certificate carries it: forge re-encodes a UTF8String name twice, so a Vietnamese issuer
 * ("Ban Cơ yếu Chính phủ") would point at no certificate and no reader would validate it.
 */
export class Pkcs12Signer extends Signer {
  constructor(
    private readonly p12: Buffer,
    private readonly password: string,
  ) {
    super();
  }

  async sign(pdf: Buffer, signingTime = new Date()): Promise<Buffer> {
    const { key, certificate, chain } = openPkcs12(this.p12, this.password, signingTime);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    for (const c of chain) p7.addCertificate(c);
    p7.addSigner({
      key,
      certificate,
      digestAlgorithm: forge.pki.oids['sha256'],
      authenticatedAttributes: [
        { type: forge.pki.oids['contentType'], value: forge.pki.oids['data'] },
        { type: forge.pki.oids['signingTime'], value: signingTime as unknown as string },
        { type: forge.pki.oids['messageDigest'] },
      ],
    });
    p7.sign({ detached: true });
    const asn1 = p7.toAsn1();
    const signedData = (asn1.value as forge.asn1.Asn1[])[1].value[0] as forge.asn1.Asn1;
    const signerInfos = (signedData.value as forge.asn1.Asn1[]).at(-1) as forge.asn1.Asn1;
    const issuerAndSerial = (
      (signerInfos.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[]
    )[1];
    (issuerAndSerial.value as forge.asn1.Asn1[])[0] = originalIssuer(certificate);
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  }
}

/** The issuer Name of a parsed certificate as its own bytes have it. */
function originalIssuer(certificate: forge.pki.Certificate): forge.asn1.Asn1 {
  const tbs = (certificate as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
  const fields = tbs.value as forge.asn1.Asn1[];
  const hasVersion = fields[0].tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  return fields[hasVersion ? 3 : 2];
}
