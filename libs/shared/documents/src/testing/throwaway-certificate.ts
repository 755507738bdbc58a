import { generateKeyPairSync } from 'node:crypto';

import * as forge from 'node-forge';

export interface ThrowawayCertificateOptions {
  commonName?: string;
  organisation?: string;
  password?: string;
  /** Validity; default from yesterday for a year. */
  notBefore?: Date;
  notAfter?: Date;
  /** Key usage; default a signing key (digitalSignature, nonRepudiation). */
  usage?: 'signing' | 'encipherment';
}

const UTF8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

/**
 * A self-signed certificate and its key as a PKCS#12 file, made for one test run (RSA 2048 made
 * by node:crypto, the certificate and the file by node-forge).
 */
export function throwawayCertificate(options: ThrowawayCertificateOptions = {}): {
  p12: Buffer;
  password: string;
  commonName: string;
} {
  const commonName = options.commonName ?? 'Sở Nội vụ tỉnh Thử nghiệm';
  const password = options.password ?? 'MatKhau@123';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = `01${Date.now().toString(16)}`;
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: commonName, valueTagClass: UTF8 },
    {
      name: 'organizationName',
      value: options.organisation ?? 'UBND tỉnh Thử nghiệm',
      valueTagClass: UTF8,
    },
    { name: 'countryName', value: 'VN' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    options.usage === 'encipherment'
      ? { name: 'keyUsage', keyEncipherment: true, dataEncipherment: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256' });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), password, commonName };
}
