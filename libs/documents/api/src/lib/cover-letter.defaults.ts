import type { CoverLetter } from '@thidua/documents/contracts';
import { blocIssuer, organisationIssuer, rebaseOnLaw } from '@thidua/registry/api';
import type { EntityManager } from 'typeorm';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The cover letter a new award list starts with, from the organisation profile: the bloc's head
 * unit signs for the bloc (TM. KHỐI THI ĐUA), or the profile's cover-letter signer in force on
 * the letter's date for a list without a bloc; its addressees (never the issuer itself) and
 * recipients; the legal bases in force on that date. Every field stays editable before printing.
 */
export async function defaultCoverLetter(
  manager: EntityManager,
  blocId: string | null,
  year: number,
  date = today(),
): Promise<CoverLetter> {
  const issuer = blocId
    ? await blocIssuer(manager, blocId, year, 'coverLetter')
    : await organisationIssuer(manager, 'coverLetter', date);
  const meeting = `Biên bản hội nghị tổng kết công tác thi đua, khen thưởng năm ${year}${
    issuer.blocName ? ` của ${issuer.blocName}` : ''
  }.`;
  const decider = issuer.addressees[0] ?? 'cấp có thẩm quyền';
  return {
    parentAgency: issuer.parentAgency ?? '',
    issuingAgency: issuer.issuingAgency,
    issuerName: issuer.blocName ?? issuer.name,
    number: `…/TTr-${issuer.numberSymbol ?? 'KTĐ'}`,
    place: issuer.place,
    date,
    recipients: issuer.addressees,
    bases: await rebaseOnLaw(manager, [meeting], 'coverLetter', date),
    subject: `Đề nghị ${decider} tặng thưởng danh hiệu thi đua, hình thức khen thưởng năm ${year}`,
    body: '',
    attachmentsLine: '(Có biên bản, danh sách, báo cáo thành tích kèm theo)',
    copyTo: issuer.recipients,
    signerTitle: issuer.signature.title,
    signerPosition: issuer.signature.position ?? '',
    signerName: issuer.signature.name,
  };
}

/** A letter whose date changed cites the legal bases in force on its new date. */
export async function redatedCoverLetter(
  manager: EntityManager,
  letter: CoverLetter,
): Promise<CoverLetter> {
  return { ...letter, bases: await rebaseOnLaw(manager, letter.bases, 'coverLetter', letter.date) };
}
