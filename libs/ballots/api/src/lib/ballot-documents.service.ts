import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BallotResultsResponse } from '@thidua/ballots/contracts';
import { type DocumentIssuer, blocIssuer, rebaseOnLaw } from '@thidua/registry/api';
import { type AuthUser, type DownloadFile, RenderService } from '@thidua/shared/api-core';
import {
  type Block,
  type OfficialDocument,
  numberToVietnameseWords,
  sanitizeText,
} from '@thidua/shared/documents';
import { formatNumberVi, formatPercentVi } from '@thidua/shared/util';
import { DataSource } from 'typeorm';

import { BallotCountingService } from './ballot-counting.service';
import { BallotsService } from './ballots.service';
import { MeetingsService } from './meetings.service';

const DENOMINATOR_WORDS = {
  eligible: 'tổng số đại biểu được triệu tập',
  present: 'số đại biểu có mặt',
  valid: 'số phiếu hợp lệ',
} as const;

const percent = (value: number) => formatNumberVi(value, 2, 2);
const n = (value: number) => formatNumberVi(value, 2);

/** The vote-count minutes (biên bản kiểm phiếu) and the ballot papers, in the official format. */
@Injectable()
export class BallotDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ballots: BallotsService,
    private readonly counting: BallotCountingService,
    private readonly meetings: MeetingsService,
    private readonly renderer: RenderService,
  ) {}

  async minutes(id: string, format: 'pdf' | 'docx', user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const results = await this.counting.results(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    const manager = this.dataSource.manager;
    const doc = buildMinutes(
      meeting,
      ballot.title,
      ballot.award.name,
      ballot.method,
      ballot.mode,
      results,
      {
        issuer: await blocIssuer(manager, meeting.bloc.id, meeting.year, 'minutes'),
        bases: await rebaseOnLaw(manager, [], 'minutes', meeting.meetingDate),
      },
    );
    return {
      buffer: await this.renderer.render({ kind: format, doc }),
      contentType:
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `Biên bản kiểm phiếu.${format}`,
    };
  }

  /**
   * One ballot paper per delegate present, several to an A4 sheet with cut lines between them.
   * The papers are alike: a secret ballot's paper carries no number or anything else that tells
   * one paper from another; only the ballot's code, the same on every paper.
   */
  async papers(id: string, user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    return {
      buffer: await this.renderer.render({
        kind: 'pdf',
        doc: buildBallotPaper(ballot, meeting.bloc.name, meeting.presentCount),
      }),
      contentType: 'application/pdf',
      fileName: 'Phiếu bầu.pdf',
    };
  }
}

/** The ballot paper, `copies` times (at least one). */
export function buildBallotPaper(
  ballot: {
    id: string;
    title: string;
    method: 'chooseK' | 'approval';
    maxWinners: number;
    candidates: Array<{ name: string }>;
  },
  blocName: string,
  copies: number,
): OfficialDocument {
  const t = sanitizeText;
  const chooseK = ballot.method === 'chooseK';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: [{ text: t(blocName).toLocaleUpperCase('vi-VN'), bold: true }],
      align: 'center',
      indent: false,
      size: 12,
    },
    {
      type: 'paragraph',
      text: [{ text: 'PHIẾU BẦU', bold: true }],
      align: 'center',
      indent: false,
      size: 15,
    },
    { type: 'paragraph', text: t(ballot.title), align: 'center', indent: false, size: 12 },
    {
      type: 'paragraph',
      text: [
        {
          text: chooseK
            ? `Đánh dấu (X) vào ô bên cạnh tối đa ${ballot.maxWinners} (${numberToVietnameseWords(ballot.maxWinners)}) ứng viên. Phiếu chọn quá số lượng là phiếu không hợp lệ.`
            : 'Với mỗi ứng viên, đánh dấu (X) vào một trong ba ô: Đồng ý, Không đồng ý, Không ý kiến.',
          italic: true,
        },
      ],
      align: 'justify',
      size: 12,
    },
    {
      type: 'table',
      columns: chooseK
        ? [
            { header: 'STT', width: 30, align: 'center' },
            { header: 'Ứng viên', width: '*' },
            { header: 'Chọn', width: 55, align: 'center' },
          ]
        : [
            { header: 'STT', width: 30, align: 'center' },
            { header: 'Ứng viên', width: '*' },
            { header: 'Đồng ý', width: 50, align: 'center' },
            { header: 'Không đồng ý', width: 60, align: 'center' },
            { header: 'Không ý kiến', width: 60, align: 'center' },
          ],
      rows: ballot.candidates.map((c, j) =>
        chooseK ? [j + 1, t(c.name), ''] : [j + 1, t(c.name), '', '', ''],
      ),
      fontSize: 12,
    },
    {
      type: 'paragraph',
      text: [{ text: `Mã cuộc bỏ phiếu: ${ballot.id.slice(0, 8).toUpperCase()}`, italic: true }],
      align: 'right',
      indent: false,
      size: 10,
    },
  ];
  return { slips: Math.max(1, copies), blocks };
}

export function buildMinutes(
  meeting: {
    bloc: { name: string };
    title: string;
    meetingDate: string;
    place: string;
    chair: string;
    secretary: string;
    countingCommittee: string[];
    eligibleCount: number;
    presentCount: number;
    codeReissues?: number;
  },
  title: string,
  awardName: string,
  method: 'chooseK' | 'approval',
  mode: 'secret' | 'open' | 'paper' | 'hands',
  results: BallotResultsResponse,
  context: { issuer: DocumentIssuer; bases: string[] },
): OfficialDocument {
  const t = sanitizeText;
  const [y, m, d] = meeting.meetingDate.split('-');
  const invalid = results.cast - results.valid;
  const issued = mode === 'paper' || mode === 'hands' ? results.cast : results.present;
  const sealed: string[] =
    mode === 'secret' && results.fingerprint
      ? [
          `Số phiếu bầu điện tử: ${n(results.electronicVotes)}; số phiếu giấy hợp lệ: ${n(results.paperValid)}.`,
          `Phiếu điện tử được mã hóa trên điện thoại của đại biểu; hòm phiếu chỉ được mở bằng mảnh khóa của Ban kiểm phiếu, chỉ giải mã tổng số phiếu của từng ứng viên. Mã vân tay (SHA-256) hồ sơ công khai của phiếu bầu: ${results.fingerprint}.`,
        ]
      : [];
  if (meeting.codeReissues)
    sealed.push(
      `Số mã bỏ phiếu cấp lại trong hội nghị (có sự đồng ý của chủ tọa): ${n(meeting.codeReissues)}.`,
    );
  const elected = results.rows.filter((r) => r.elected);
  const committee = meeting.countingCommittee.length
    ? meeting.countingCommittee
    : [meeting.secretary];
  const blocks: Block[] = [
    ...context.bases.map(
      (b): Block => ({
        type: 'paragraph',
        text: [{ text: `Căn cứ ${t(b)}`, italic: true }],
        align: 'justify',
      }),
    ),
    {
      type: 'paragraph',
      text: `Hôm nay, ngày ${d} tháng ${m} năm ${y}, tại ${t(meeting.place)}, ${t(meeting.bloc.name)} tổ chức ${t(meeting.title)}.`,
      align: 'justify',
    },
    {
      type: 'paragraph',
      text: `Chủ trì: ${t(meeting.chair)}. Thư ký: ${t(meeting.secretary)}.`,
      align: 'justify',
    },
    {
      type: 'paragraph',
      text: `Ban kiểm phiếu gồm: ${committee.map(t).join('; ')}.`,
      align: 'justify',
    },
    { type: 'heading', text: 'I. NỘI DUNG BỎ PHIẾU' },
    {
      type: 'paragraph',
      text: `${t(title)} (${t(awardName)}). Hình thức: ${mode === 'secret' ? 'bỏ phiếu kín bằng phương tiện điện tử' : mode === 'open' ? 'biểu quyết công khai bằng phương tiện điện tử' : mode === 'paper' ? 'bỏ phiếu kín bằng phiếu giấy' : 'biểu quyết giơ tay'}; ${method === 'chooseK' ? `mỗi đại biểu chọn tối đa ${results.maxWinners} ứng viên` : 'mỗi đại biểu cho ý kiến đồng ý, không đồng ý hoặc không ý kiến với từng ứng viên'}. Điều kiện: ${results.rule.comparator === 'gt' ? 'trên' : 'từ'} ${formatPercentVi(results.rule.threshold)} ${DENOMINATOR_WORDS[results.rule.denominator]}, lấy theo thứ tự số phiếu từ cao xuống thấp, tối đa ${results.maxWinners} (${numberToVietnameseWords(results.maxWinners)}) ứng viên.`,
      align: 'justify',
    },
    { type: 'heading', text: 'II. KẾT QUẢ KIỂM PHIẾU' },
    {
      type: 'list',
      items: [
        `Tổng số đại biểu được triệu tập: ${n(results.eligible)}; số đại biểu có mặt: ${n(results.present)}.`,
        `Số phiếu phát ra: ${n(issued)}; số phiếu thu về: ${n(results.cast)}.`,
        `Số phiếu hợp lệ: ${n(results.valid)}; số phiếu không hợp lệ: ${n(invalid)}.`,
        ...sealed,
      ],
    },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 30, align: 'center' },
        { header: 'Ứng viên', width: '*' },
        { header: 'Số phiếu đồng ý', width: 60, align: 'center' },
        {
          header: `Tỷ lệ % (trên ${DENOMINATOR_WORDS[results.rule.denominator]}: ${n(results.rows[0]?.denominator ?? 0)})`,
          width: 100,
          align: 'center',
        },
        { header: 'Đạt điều kiện', width: 55, align: 'center' },
        { header: 'Xếp thứ', width: 40, align: 'center' },
        { header: 'Trúng cử', width: 50, align: 'center' },
      ],
      rows: results.rows.map((r, i) => [
        i + 1,
        t(r.name),
        r.votes,
        percent(r.percent),
        r.passed ? 'Đạt' : 'Không đạt',
        r.rank,
        r.elected ? 'X' : '',
      ]),
    },
    { type: 'heading', text: 'III. KẾT LUẬN' },
    {
      type: 'paragraph',
      text: elected.length
        ? `Căn cứ kết quả kiểm phiếu, các ứng viên sau đây đủ điều kiện và được đề nghị ${t(awardName)}: ${elected.map((r) => `${t(r.name)} (${n(r.votes)}/${n(r.denominator)} phiếu, ${formatPercentVi(r.percent)})`).join('; ')}.`
        : 'Không có ứng viên nào đủ điều kiện theo quy định.',
      align: 'justify',
    },
  ];
  if (results.tiedForLast.length) {
    blocks.push({
      type: 'paragraph',
      text: `Các ứng viên bằng số phiếu ở vị trí cuối cùng được bầu lại: ${results.rows
        .filter((r) => results.tiedForLast.includes(r.nominationId))
        .map((r) => t(r.name))
        .join('; ')}.`,
      align: 'justify',
    });
  }
  blocks.push(
    {
      type: 'paragraph',
      text: 'Biên bản được lập xong và thông qua tại hội nghị; các thành viên Ban kiểm phiếu cùng ký tên dưới đây.',
      align: 'justify',
    },
    {
      type: 'signatures',
      perRow: Math.min(3, committee.length),
      columns: committee.map((name, i) => ({
        title: i === 0 ? 'TRƯỞNG BAN KIỂM PHIẾU' : 'THÀNH VIÊN',
        name: t(name),
        note: '(Ký, ghi rõ họ tên)',
      })),
    },
  );
  // The bloc's head unit heads the minutes; the date line is the profile's place, while the
  // text says where the meeting was held.
  const { issuer } = context;
  return {
    header: {
      parentAgency: issuer.parentAgency,
      issuingAgency: issuer.issuingAgency,
      place: issuer.place,
      date: meeting.meetingDate,
    },
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subtitle: t(title),
    blocks,
  };
}
