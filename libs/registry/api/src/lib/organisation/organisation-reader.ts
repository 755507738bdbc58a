import type { LegalDocumentResponse, OrganisationProfile } from '@thidua/registry/contracts';
import type { EntityManager } from 'typeorm';

import { DocumentRecipientsEntity } from './entities/document-recipients.entity';
import { DocumentSignerEntity } from './entities/document-signer.entity';
import { IssuingBodyEntity } from './entities/issuing-body.entity';
import { LegalDocumentEntity } from './entities/legal-document.entity';
import { OrganisationProfileEntity } from './entities/organisation-profile.entity';

export interface StoredProfile extends OrganisationProfile {
  version: number;
  updatedAt: Date;
}

/** The saved profile with its bodies, signers and recipients in a stable order; null before the first save. */
export async function readOrganisationProfile(
  manager: EntityManager,
): Promise<StoredProfile | null> {
  const [profile] = await manager.find(OrganisationProfileEntity, { take: 1 });
  if (!profile) return null;
  const bodies = await manager.find(IssuingBodyEntity, {
    order: { sortOrder: 'ASC', code: 'ASC' },
  });
  const signers = await manager.find(DocumentSignerEntity, {
    order: { documentKind: 'ASC', validFrom: 'ASC' },
  });
  const recipients = await manager.find(DocumentRecipientsEntity, {
    order: { documentKind: 'ASC' },
  });
  const codeOf = new Map(bodies.map((b) => [b.id, b.code]));
  return {
    fullName: profile.fullName,
    shortName: profile.shortName,
    headerLines: profile.headerLines,
    areaName: profile.areaName,
    place: profile.place,
    issuingBodies: bodies.map((b) => ({
      code: b.code,
      name: b.name,
      parentLines: b.parentLines,
      ownLines: b.ownLines,
      numberSymbol: b.numberSymbol,
    })),
    signers: signers.map((s) => ({
      documentKind: s.documentKind,
      issuingBodyCode: codeOf.get(s.issuingBodyId) ?? '',
      validFrom: s.validFrom,
      capacity: s.capacity,
      authority: s.authority,
      title: s.title,
      name: s.name,
    })),
    recipients: recipients.map((r) => ({
      documentKind: r.documentKind,
      addressees: r.addressees,
      recipients: r.recipients,
    })),
    version: profile.version,
    updatedAt: profile.updatedAt,
  };
}

export const toLegalDocumentResponse = (d: LegalDocumentEntity): LegalDocumentResponse => ({
  id: d.id,
  citation: d.citation,
  kind: d.kind,
  inForceFrom: d.inForceFrom,
  inForceTo: d.inForceTo,
  citedBy: d.citedBy,
  sortOrder: d.sortOrder,
  version: d.version,
});

/** Every legal document, by date in force. */
export async function readLegalDocuments(manager: EntityManager): Promise<LegalDocumentResponse[]> {
  const documents = await manager.find(LegalDocumentEntity, {
    order: { inForceFrom: 'DESC', sortOrder: 'ASC', citation: 'ASC' },
  });
  return documents.map(toLegalDocumentResponse);
}
