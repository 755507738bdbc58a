import { type TestApp, bearer, uniqueName } from './test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;
export type Api = (method: 'get' | 'post' | 'put', path: string, body?: object) => Promise<Json>;

/** JSON calls as `token`'s user; anything but a 2xx throws with the answer. */
export function apiAs(t: TestApp, token: string): Api {
  return async (method, path, body) => {
    const res = await t.http[method](`/api/v1${path}`).set(bearer(token)).send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
    return res.body as Json;
  };
}

/** Another province, with its own bodies and signers: none of them says Lào Cai. */
export const SECOND_PROFILE = {
  fullName: 'Ủy ban nhân dân tỉnh Sơn Lâm',
  shortName: 'UBND tỉnh Sơn Lâm',
  headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LÂM'],
  areaName: 'tỉnh Sơn Lâm',
  place: 'Sơn Lâm',
  issuingBodies: [
    {
      code: 'ubnd',
      name: 'Ủy ban nhân dân tỉnh Sơn Lâm',
      parentLines: [],
      ownLines: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LÂM'],
      numberSymbol: 'UBND',
    },
    {
      code: 'snv',
      name: 'Sở Nội vụ tỉnh Sơn Lâm',
      parentLines: ['ỦY BAN NHÂN DÂN TỈNH SƠN LÂM'],
      ownLines: ['SỞ NỘI VỤ'],
      numberSymbol: 'SNV',
    },
  ],
  signers: [
    {
      documentKind: 'coverLetter',
      issuingBodyCode: 'snv',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'GIÁM ĐỐC',
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Đinh Thị Lan',
    },
    {
      documentKind: 'decision',
      issuingBodyCode: 'ubnd',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Bùi Văn Khánh',
    },
    {
      documentKind: 'certificate',
      issuingBodyCode: 'ubnd',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Bùi Văn Khánh',
    },
    {
      documentKind: 'report',
      issuingBodyCode: 'snv',
      validFrom: '2020-01-01',
      capacity: '',
      authority: '',
      title: 'GIÁM ĐỐC',
      name: 'Tạ Quang Vinh',
    },
  ],
  recipients: [
    {
      documentKind: 'coverLetter',
      addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Sơn Lâm', 'Sở Nội vụ tỉnh Sơn Lâm'],
      recipients: ['Như trên', 'Lưu: VT'],
    },
    {
      documentKind: 'ranking',
      addressees: [],
      recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh Sơn Lâm', 'Lưu: VT'],
    },
  ],
};

/** The head unit of the second organisation's bloc, and who heads it. */
export const SECOND_HEAD = {
  name: 'Sở Tài chính',
  headName: 'Vương Đình Huệ',
  headPosition: 'Giám đốc',
};

/** What {@link setUpSecondOrganisation} made: every record a document of each kind comes from. */
export interface SecondOrganisation {
  bloc: Json;
  blocPath: string;
  pledge: Json;
  ballot: Json;
  /** The bloc's list (its head unit signs its cover letter), a draft. */
  blocList: Json;
  /** The province's list (Sở Nội vụ signs), decided by 45/QĐ-UBND on 30/12. */
  provinceList: Json;
  /** Taken from the bloc's own register: the minutes' (18/12) and the bloc's letter's (20/12). */
  blocNumbers: { minutes: string; coverLetter: string };
}

/**
 * With {@link SECOND_PROFILE} saved: a bloc of four new units in `year` (head and deputy set), its
 * pledge, three nominations for `awardTypeId` voted on paper at its conference (18/12), the bloc's
 * list of two (cover letter 20/12), the province's list of one (22/12) sent and decided (30/12),
 * and the bloc's score sheet. `numbers`: the province's cover letter's and decision's numbers
 * (e.g. from the register; the decision's defaults to 45/QĐ-UBND). The bloc numbers its minutes
 * and its letter from its own register (1/BB-KTĐ, 2/TTr-KTĐ).
 */
export async function setUpSecondOrganisation(
  api: Api,
  year: number,
  awardTypeId: string,
  numbers: { coverLetter?: string; decision?: string } = {},
): Promise<SecondOrganisation> {
  // Its own bloc of units, one year.
  const names = [SECOND_HEAD.name, 'Sở Xây dựng', 'Sở Công Thương', 'Sở Giao thông vận tải'];
  const units: string[] = [];
  for (const [i, name] of names.entries()) {
    const unit = await api('post', '/units', {
      code: uniqueName('SL').toUpperCase().slice(0, 20),
      name: `${name} ${uniqueName('')}`,
      ...(i === 0
        ? { headName: SECOND_HEAD.headName, headPosition: SECOND_HEAD.headPosition }
        : {}),
    });
    units.push(unit.id);
  }
  const bloc = await api('post', '/blocs', {
    name: `Khối thi đua các sở kinh tế ${uniqueName('')}`,
    kind: 'khoi',
  });
  const blocPath = `/blocs/${bloc.id}/years/${year}`;
  const members = await api('put', `${blocPath}/members`, { unitIds: units, version: 0 });
  await api('put', `${blocPath}/leadership`, {
    headUnitId: units[0],
    deputyUnitId: units[1],
    version: members.version,
  });

  // The pledge starts with the profile's place.
  const pledge = await api('put', `${blocPath}/pledge`, {
    title: `Bản giao ước thi đua năm ${year}`,
    commitments: ['Hoàn thành xuất sắc nhiệm vụ chính trị được giao'],
  });

  // Three nominations voted at the bloc's conference, on paper.
  const nominations: string[] = [];
  for (const unit of units.slice(0, 3)) {
    const n = await api('post', '/nominations', {
      year,
      awardTypeId,
      beneficiaryKind: 'collective',
      beneficiaryId: unit,
      proposingUnitId: unit,
      summary: 'Hoàn thành xuất sắc nhiệm vụ năm',
    });
    const s = await api('post', `/nominations/${n.id}/transitions`, {
      action: 'submit',
      version: n.version,
      overrideBlockers: true,
      reason: 'Kiểm thử',
    });
    await api('post', `/nominations/${n.id}/transitions`, {
      action: 'accept',
      version: s.version,
    });
    nominations.push(n.id);
  }
  const meeting = await api('post', '/meetings', {
    blocId: bloc.id,
    year,
    title: `Hội nghị tổng kết năm ${year}`,
    meetingDate: `${year}-12-18`,
    place: 'Hội trường Sở Tài chính',
    chair: SECOND_HEAD.headName,
    secretary: 'Ngô Thu Trang',
    countingCommittee: ['Ngô Thu Trang'],
  });
  const voters = await api('put', `/meetings/${meeting.id}/voters`, {
    voters: meeting.voters.map((v: Json, i: number) => ({
      unitId: v.unit.id,
      delegateName: `Đại biểu ${i + 1}`,
      isPresent: true,
    })),
    version: meeting.version,
  });
  const ballot = await api('post', '/ballots', {
    meetingId: voters.id,
    title: 'Bình xét Giấy khen',
    awardTypeId,
    nominationIds: nominations,
    method: 'chooseK',
    mode: 'paper',
    maxWinners: 3,
  });
  const opened = await api('post', `/ballots/${ballot.id}/open`, { version: ballot.version });
  const counted = await api('put', `/ballots/${ballot.id}/paper-counts`, {
    issued: 4,
    returned: 4,
    valid: 4,
    invalid: 0,
    votes: Object.fromEntries(nominations.map((id) => [id, 4])),
    version: opened.version,
  });
  const closed = await api('post', `/ballots/${ballot.id}/close`, { version: counted.version });
  const blocNumber = async (documentKind: string, documentDate: string) =>
    (
      await api('post', '/outgoing-numbers', {
        documentKind,
        documentDate,
        blocId: bloc.id,
        subject: `${documentKind} ${uniqueName('')}`,
      })
    ).symbol as string;
  const blocNumbers = {
    minutes: await blocNumber('minutes', `${year}-12-18`),
    coverLetter: await blocNumber('coverLetter', `${year}-12-20`),
  };
  await api('put', `/ballots/${ballot.id}/minutes-number`, {
    minutesNumber: blocNumbers.minutes,
    version: closed.version,
  });

  // The bloc's list (its head unit signs) and the province's (Sở Nội vụ signs), decided.
  const blocList = await api('post', '/award-lists', {
    title: `Danh sách của khối ${uniqueName('')}`,
    year,
    blocId: bloc.id,
    order: 'units',
    nominationIds: nominations.slice(0, 2),
    coverLetter: { date: `${year}-12-20`, number: blocNumbers.coverLetter },
  });
  const provinceList = await api('post', '/award-lists', {
    title: `Danh sách của tỉnh ${uniqueName('')}`,
    year,
    order: 'units',
    nominationIds: nominations.slice(2),
    coverLetter: {
      date: `${year}-12-22`,
      ...(numbers.coverLetter ? { number: numbers.coverLetter } : {}),
    },
  });
  const sent = await api('post', `/award-lists/${provinceList.id}/send`, {
    version: provinceList.version,
  });
  await api('post', `/award-lists/${provinceList.id}/decision`, {
    number: numbers.decision ?? '45/QĐ-UBND',
    date: `${year}-12-30`,
    signer: 'Bùi Văn Khánh',
    rejectedNominationIds: [],
    version: sent.version,
  });
  await api('put', `${blocPath}/score-sheet`, {
    scale: 100,
    groups: [
      { title: 'I. Nhiệm vụ chính trị', criteria: [{ content: 'Hoàn thành', maxPoints: 100 }] },
    ],
    bonusItems: [],
    penaltyItems: [],
    bonusCap: null,
    penaltyCap: null,
    tieBreaks: ['firstGroup'],
    version: 0,
  });
  return { bloc, blocPath, pledge, ballot, blocList, provinceList, blocNumbers };
}
