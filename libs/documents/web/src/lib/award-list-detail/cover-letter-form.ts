import type { CoverLetter } from '@thidua/documents/contracts';
import { fromIsoDate, toIsoDate } from '@thidua/shared/ui';
import { linesToList, listToLines } from '@thidua/shared/util';

export { linesToList, listToLines };

/** The cover letter as the form edits it: lists as one entry per line, the date as a `Date`. */
export interface CoverLetterFormValue {
  parentAgency: string;
  issuingAgency: string;
  issuerName: string;
  number: string;
  place: string;
  date: Date | null;
  recipients: string;
  bases: string;
  subject: string;
  body: string;
  attachmentsLine: string;
  copyTo: string;
  signerTitle: string;
  signerPosition: string;
  signerName: string;
}

export function coverLetterToFormValue(letter: CoverLetter): CoverLetterFormValue {
  return {
    parentAgency: letter.parentAgency ?? '',
    issuingAgency: letter.issuingAgency ?? '',
    issuerName: letter.issuerName ?? '',
    number: letter.number ?? '',
    place: letter.place ?? '',
    date: fromIsoDate(letter.date),
    recipients: listToLines(letter.recipients),
    bases: listToLines(letter.bases),
    subject: letter.subject ?? '',
    body: letter.body ?? '',
    attachmentsLine: letter.attachmentsLine ?? '',
    copyTo: listToLines(letter.copyTo),
    signerTitle: letter.signerTitle ?? '',
    signerPosition: letter.signerPosition ?? '',
    signerName: letter.signerName ?? '',
  };
}

/** The form's value as the cover letter to save; an empty date keeps the one shown before. */
export function formValueToCoverLetter(
  value: CoverLetterFormValue,
  previous: CoverLetter,
): CoverLetter {
  return {
    parentAgency: value.parentAgency.trim(),
    issuingAgency: value.issuingAgency.trim(),
    issuerName: value.issuerName.trim(),
    number: value.number.trim(),
    place: value.place.trim(),
    date: value.date ? toIsoDate(value.date) : previous.date,
    recipients: linesToList(value.recipients),
    bases: linesToList(value.bases),
    subject: value.subject.trim(),
    body: value.body.trim(),
    attachmentsLine: value.attachmentsLine.trim(),
    copyTo: linesToList(value.copyTo),
    signerTitle: value.signerTitle.trim(),
    signerPosition: value.signerPosition.trim(),
    signerName: value.signerName.trim(),
  };
}

/** Field errors of the PUT (`coverLetter.number`) land on the form's control (`number`). */
export const COVER_LETTER_FIELD_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'parentAgency',
    'issuingAgency',
    'issuerName',
    'number',
    'place',
    'date',
    'recipients',
    'bases',
    'subject',
    'body',
    'attachmentsLine',
    'copyTo',
    'signerTitle',
    'signerPosition',
    'signerName',
  ].map((key) => [`coverLetter.${key}`, key]),
);
