import type {
  DocumentKind,
  DocumentSigner,
  LegalDocument,
  OrganisationProfile,
} from '@thidua/registry/contracts';

import {
  addresseesFor,
  authorityHeading,
  authorityInText,
  legalBasesInForce,
  profileProblems,
  profileWarnings,
  signatureLines,
  signerInForce,
  withLegalBases,
} from './organisation-profile';

const law = (
  citation: string,
  inForceFrom: string,
  inForceTo: string | null,
  sortOrder: number,
  citedBy: DocumentKind[] = ['coverLetter', 'decision', 'minutes'],
): LegalDocument => ({ citation, kind: 'law', inForceFrom, inForceTo, citedBy, sortOrder });

/** The legal bases the migration seeds, as the selection sees them. */
const LEGAL: LegalDocument[] = [
  law('Luật 2003', '2004-04-01', '2023-12-31', 10),
  law('Luật sửa đổi 2005, 2013', '2006-01-01', '2023-12-31', 11),
  law('NĐ 91/2017', '2017-10-01', '2023-12-31', 20),
  law('Luật 2022', '2024-01-01', null, 10),
  law('NĐ 98/2023', '2024-01-01', '2025-06-30', 20),
  law('NĐ 152/2025', '2025-07-01', null, 20),
  law('Quy chế của tỉnh', '2020-01-01', null, 30, ['decision']),
];

describe('legalBasesInForce', () => {
  it.each<[string, DocumentKind, string, string[]]>([
    [
      'a cover letter of 2021 cites the 2003 Law as amended',
      'coverLetter',
      '2021-09-20',
      ['Luật 2003', 'Luật sửa đổi 2005, 2013', 'NĐ 91/2017'],
    ],
    [
      'the last day of the old law still cites it',
      'coverLetter',
      '2023-12-31',
      ['Luật 2003', 'Luật sửa đổi 2005, 2013', 'NĐ 91/2017'],
    ],
    ['the first day of the 2022 Law', 'coverLetter', '2024-01-01', ['Luật 2022', 'NĐ 98/2023']],
    ['the last day of Decree 98/2023', 'minutes', '2025-06-30', ['Luật 2022', 'NĐ 98/2023']],
    ['Decree 152/2025 from 1/7/2025', 'coverLetter', '2025-07-01', ['Luật 2022', 'NĐ 152/2025']],
    [
      'only the kinds that cite a document get it',
      'decision',
      '2026-03-02',
      ['Luật 2022', 'NĐ 152/2025', 'Quy chế của tỉnh'],
    ],
    ['a kind nothing cites', 'ranking', '2026-03-02', []],
    ['before any law', 'coverLetter', '2000-01-01', []],
  ])('should cite, for %s, …', (_, kind, date, expected) => {
    expect(legalBasesInForce(LEGAL, kind, date).map((d) => d.citation)).toEqual(expected);
  });
});

const signer = (kind: DocumentKind, validFrom: string, name: string): DocumentSigner => ({
  documentKind: kind,
  issuingBodyCode: 'ubnd',
  validFrom,
  capacity: 'KT.',
  authority: 'CHỦ TỊCH',
  title: 'PHÓ CHỦ TỊCH',
  name,
});

describe('signerInForce', () => {
  const signers = [
    signer('certificate', '2021-01-01', 'A'),
    signer('certificate', '2024-05-15', 'B'),
    signer('decision', '2024-06-01', 'C'),
  ];

  it.each<[string, DocumentKind, string, string | null]>([
    ['the first signer in its time', 'certificate', '2023-12-31', 'A'],
    ['the next one from its first day', 'certificate', '2024-05-15', 'B'],
    ['the latest one later on', 'certificate', '2030-01-01', 'B'],
    ['no one before the first', 'certificate', '2020-12-31', null],
    ['only the signers of the kind', 'decision', '2024-05-20', null],
    ['a kind without signers', 'report', '2025-01-01', null],
  ])('should pick %s', (_, kind, date, expected) => {
    expect(signerInForce(signers, kind, date)?.name ?? null).toBe(expected);
  });

  it('should not depend on the order the signers are listed in', () => {
    expect(signerInForce([...signers].reverse(), 'certificate', '2025-01-01')?.name).toBe('B');
  });
});

describe('signatureLines', () => {
  it.each<[string, Omit<DocumentSigner, 'documentKind' | 'issuingBodyCode' | 'validFrom'>, object]>(
    [
      [
        'KT.: capacity with the authority, then the own title',
        { capacity: 'KT.', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
        { title: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
      ],
      [
        'TM.: the collective, then the head',
        { capacity: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Trần B' },
        { title: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trần B' },
      ],
      [
        'in person: the title alone',
        { capacity: '', authority: '', title: 'GIÁM ĐỐC', name: 'Lê C' },
        { title: 'GIÁM ĐỐC', name: 'Lê C' },
      ],
      [
        'Q.: one line',
        { capacity: 'Q.', authority: 'GIÁM ĐỐC', title: '', name: 'Phạm D' },
        { title: 'Q. GIÁM ĐỐC', name: 'Phạm D' },
      ],
      [
        'TUQ.: for the chairman, the director',
        { capacity: 'TUQ.', authority: 'CHỦ TỊCH', title: 'GIÁM ĐỐC SỞ NỘI VỤ', name: 'Võ E' },
        { title: 'TUQ. CHỦ TỊCH', position: 'GIÁM ĐỐC SỞ NỘI VỤ', name: 'Võ E' },
      ],
    ],
  )('should print %s', (_, input, expected) => {
    expect(signatureLines(input)).toEqual(expected);
  });
});

describe('addresseesFor', () => {
  const addressees = ['Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình', 'Sở Nội vụ tỉnh Hòa Bình'];

  it('should not address a letter of the department of home affairs to itself', () => {
    expect(addresseesFor(addressees, ['Sở Nội vụ', 'SỞ NỘI VỤ'])).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình',
    ]);
  });

  it('should keep every addressee for a bloc head unit', () => {
    expect(addresseesFor(addressees, ['Ban Nội chính Tỉnh ủy'])).toEqual(addressees);
  });

  it('should match whole words only, whatever the case and accents', () => {
    expect(addresseesFor(['Tỉnh ủy', 'Sở Nội vụ'], ['SO NOI VU TINH'])).toEqual([
      'Tỉnh ủy',
      'Sở Nội vụ',
    ]);
    expect(addresseesFor(['SỞ NỘI VỤ TỈNH'], ['Sở Nội vụ'])).toEqual([]);
  });
});

describe('profileWarnings', () => {
  const profile: OrganisationProfile = {
    fullName: 'Ủy ban nhân dân tỉnh Hòa Bình',
    shortName: 'UBND tỉnh Hòa Bình',
    headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'],
    areaName: 'tỉnh Hòa Bình',
    place: 'Hòa Bình',
    issuingBodies: [],
    signers: [
      signer('coverLetter', '2024-01-01', 'A'),
      signer('decision', '2024-01-01', 'A'),
      signer('certificate', '2024-01-01', 'A'),
    ],
    recipients: [
      { documentKind: 'coverLetter', addressees: ['Chủ tịch UBND tỉnh'], recipients: [] },
    ],
  };

  it('should ask for a profile when there is none', () => {
    expect(profileWarnings(null)).toEqual([{ code: 'organisation.profileMissing' }]);
  });

  it('should name each kind the organisation signs that has no signer', () => {
    expect(profileWarnings(profile)).toEqual([
      { code: 'organisation.signerMissing', documentKind: 'report' },
    ]);
  });

  it('should ask for the addressees of cover letters', () => {
    expect(profileWarnings({ ...profile, recipients: [] })).toContainEqual({
      code: 'organisation.recipientsMissing',
      documentKind: 'coverLetter',
    });
  });
});

describe('authorityHeading', () => {
  it.each<[string, Pick<DocumentSigner, 'capacity' | 'authority' | 'title'>, string]>([
    [
      'the chairman, for a deputy',
      { capacity: 'KT.', authority: 'Chủ tịch', title: 'Phó Chủ tịch' },
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
    ],
    [
      'the chairman in person',
      { capacity: '', authority: '', title: 'Chủ tịch' },
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
    ],
    [
      'the collective',
      { capacity: 'TM.', authority: 'Ủy ban nhân dân', title: 'Chủ tịch' },
      'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
    ],
  ])('should name %s', (_, signer, expected) => {
    expect(authorityHeading(signer, 'Ủy ban nhân dân tỉnh Hòa Bình')).toBe(expected);
  });
});

describe('authorityInText', () => {
  it.each<[string, Pick<DocumentSigner, 'capacity' | 'authority' | 'title'>, string]>([
    [
      'the chairman, for a deputy',
      { capacity: 'KT.', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' },
      'Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình',
    ],
    [
      'a director in person',
      { capacity: '', authority: '', title: 'GIÁM ĐỐC' },
      'Giám đốc Ủy ban nhân dân tỉnh Hòa Bình',
    ],
    [
      'the collective',
      { capacity: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' },
      'Ủy ban nhân dân tỉnh Hòa Bình',
    ],
  ])('should write %s in running text', (_, signer, expected) => {
    expect(authorityInText(signer, 'Ủy ban nhân dân tỉnh Hòa Bình')).toBe(expected);
  });
});

describe('profileProblems', () => {
  const body = {
    code: 'ubnd',
    name: 'UBND',
    parentLines: [],
    ownLines: ['UBND'],
    numberSymbol: 'UBND',
  };
  const base: OrganisationProfile = {
    fullName: 'X',
    shortName: 'X',
    headerLines: ['X'],
    areaName: 'x',
    place: 'X',
    issuingBodies: [body],
    signers: [signer('decision', '2024-01-01', 'A')],
    recipients: [],
  };

  it('should find nothing wrong with a consistent profile', () => {
    expect(profileProblems(base)).toEqual({});
  });

  it('should point at each inconsistent field', () => {
    expect(
      profileProblems({
        ...base,
        issuingBodies: [body, body],
        signers: [
          signer('decision', '2024-01-01', 'A'),
          { ...signer('decision', '2024-01-01', 'B'), issuingBodyCode: 'snv' },
          { ...signer('report', '2024-01-01', 'C'), authority: ' ', title: '' },
          { ...signer('report', '2025-01-01', 'D'), capacity: 'Q.', title: '' },
        ],
        recipients: [
          { documentKind: 'report', addressees: [], recipients: [] },
          { documentKind: 'report', addressees: [], recipients: [] },
        ],
      }),
    ).toEqual({
      'issuingBodies.1.code': ['organisation.bodyCodeRepeated'],
      'signers.1.issuingBodyCode': ['organisation.bodyUnknown'],
      'signers.1.validFrom': ['organisation.signerRepeated'],
      'signers.2.authority': ['organisation.authorityRequired'],
      'signers.2.title': ['organisation.titleRequired'],
      'recipients.1.documentKind': ['organisation.kindRepeated'],
    });
  });
});

describe('withLegalBases', () => {
  it('should give a cover letter moved from 2025 to 2021 the bases of 2021, keeping its own lines', () => {
    expect(
      withLegalBases(
        ['Luật 2022;', 'Căn cứ NĐ 152/2025;', 'Biên bản hội nghị tổng kết năm 2021.'],
        LEGAL,
        'coverLetter',
        '2021-09-20',
      ),
    ).toEqual([
      'Luật 2003;',
      'Luật sửa đổi 2005, 2013;',
      'NĐ 91/2017;',
      'Biên bản hội nghị tổng kết năm 2021.',
    ]);
  });

  it('should not repeat a basis already there', () => {
    expect(withLegalBases(['Luật 2022;', 'NĐ 152/2025.'], LEGAL, 'minutes', '2026-01-01')).toEqual([
      'Luật 2022;',
      'NĐ 152/2025;',
    ]);
  });
});
