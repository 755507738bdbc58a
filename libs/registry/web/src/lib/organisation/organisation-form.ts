import type {
  DocumentKind,
  LegalDocumentKind,
  OrganisationProfile,
  SigningCapacity,
} from '@thidua/registry/contracts';
import { fromIsoDate, toIsoDate } from '@thidua/shared/ui';
import { linesToList, listToLines } from '@thidua/shared/util';

/** The profile as the page edits it: lists of lines as text, one line per row; dates as `Date`. */
export interface ProfileFormValue {
  fullName: string;
  shortName: string;
  headerLines: string;
  areaName: string;
  place: string;
  issuingBodies: Array<{
    code: string;
    name: string;
    parentLines: string;
    ownLines: string;
    numberSymbol: string;
  }>;
  signers: Array<{
    documentKind: DocumentKind;
    issuingBodyCode: string;
    validFrom: Date | null;
    capacity: SigningCapacity;
    authority: string;
    title: string;
    name: string;
  }>;
  recipients: Array<{ documentKind: DocumentKind; addressees: string; recipients: string }>;
}

export function profileToFormValue(profile: OrganisationProfile): ProfileFormValue {
  return {
    fullName: profile.fullName,
    shortName: profile.shortName,
    headerLines: listToLines(profile.headerLines),
    areaName: profile.areaName,
    place: profile.place,
    issuingBodies: profile.issuingBodies.map((b) => ({
      ...b,
      parentLines: listToLines(b.parentLines),
      ownLines: listToLines(b.ownLines),
    })),
    signers: profile.signers.map((s) => ({ ...s, validFrom: fromIsoDate(s.validFrom) })),
    recipients: profile.recipients.map((r) => ({
      documentKind: r.documentKind,
      addressees: listToLines(r.addressees),
      recipients: listToLines(r.recipients),
    })),
  };
}

/** Header lines and names as typed (upper case is the writer's choice), trimmed. */
export function formValueToProfile(value: ProfileFormValue): OrganisationProfile {
  return {
    fullName: value.fullName.trim(),
    shortName: value.shortName.trim(),
    headerLines: linesToList(value.headerLines),
    areaName: value.areaName.trim(),
    place: value.place.trim(),
    issuingBodies: value.issuingBodies.map((b) => ({
      code: b.code.trim(),
      name: b.name.trim(),
      parentLines: linesToList(b.parentLines),
      ownLines: linesToList(b.ownLines),
      numberSymbol: b.numberSymbol.trim(),
    })),
    signers: value.signers.map((s) => ({
      ...s,
      validFrom: s.validFrom ? toIsoDate(s.validFrom) : '',
      authority: s.authority.trim(),
      title: s.title.trim(),
      name: s.name.trim(),
    })),
    recipients: value.recipients.map((r) => ({
      documentKind: r.documentKind,
      addressees: linesToList(r.addressees),
      recipients: linesToList(r.recipients),
    })),
  };
}

export function documentKindLabel(kind: DocumentKind): string {
  switch (kind) {
    case 'coverLetter':
      return $localize`:@@docKindCoverLetter:Tờ trình`;
    case 'decision':
      return $localize`:@@docKindDecision:Quyết định khen thưởng`;
    case 'list':
      return $localize`:@@docKindList:Danh sách đề nghị`;
    case 'minutes':
      return $localize`:@@docKindMinutes:Biên bản`;
    case 'certificate':
      return $localize`:@@docKindCertificate:Bằng khen, giấy khen`;
    case 'ranking':
      return $localize`:@@docKindRanking:Bảng xếp hạng thi đua`;
    case 'report':
      return $localize`:@@docKindReport:Báo cáo`;
    case 'pledge':
      return $localize`:@@docKindPledge:Bản giao ước thi đua`;
  }
}

export function capacityLabel(capacity: SigningCapacity): string {
  switch (capacity) {
    case '':
      return $localize`:@@capacityInPerson:Ký trực tiếp`;
    case 'KT.':
      return $localize`:@@capacityKt:KT. – ký thay`;
    case 'TM.':
      return $localize`:@@capacityTm:TM. – thay mặt tập thể`;
    case 'Q.':
      return $localize`:@@capacityQ:Q. – quyền`;
    case 'TL.':
      return $localize`:@@capacityTl:TL. – thừa lệnh`;
    case 'TUQ.':
      return $localize`:@@capacityTuq:TUQ. – thừa ủy quyền`;
  }
}

export function legalKindLabel(kind: LegalDocumentKind): string {
  switch (kind) {
    case 'law':
      return $localize`:@@legalKindLaw:Luật`;
    case 'decree':
      return $localize`:@@legalKindDecree:Nghị định`;
    case 'circular':
      return $localize`:@@legalKindCircular:Thông tư`;
    case 'decision':
      return $localize`:@@legalKindDecision:Quyết định`;
    case 'other':
      return $localize`:@@legalKindOther:Văn bản khác`;
  }
}
