import { Injectable } from '@nestjs/common';
import type { BallotResultsResponse } from '@thidua/ballots/contracts';
import type { AuthUser, DownloadFile } from '@thidua/shared/api-core';
import {
  type Block,
  type OfficialDocument,
  documentPlace,
  formatDocumentDate,
  numberToVietnameseWords,
  renderDocx,
  renderPdf,
  sanitizeText,
} from '@thidua/shared/documents';

import { BallotCountingService } from './ballot-counting.service';
import { BallotsService } from './ballots.service';
import { MeetingsService } from './meetings.service';

const DENOMINATOR_WORDS = {
  eligible: 'tổng số đại biểu được triệu tập',
  present: 'số đại biểu có mặt',
  valid: 'số phiếu hợp lệ',
} as const;

const percent = (value: number) => value.toFixed(2).replace('.', ',');

/** The vote-count minutes (biên bản kiểm phiếu) and the ballot papers, in the official format. */
@Injectable()
export class BallotDocumentsService {
  constructor(
    private readonly ballots: BallotsService,
    private readonly counting: BallotCountingService,
    private readonly meetings: MeetingsService,
  ) {}

  async minutes(id: string, format: 'pdf' | 'docx', user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const results = await this.counting.results(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    const doc = buildMinutes(
      meeting,
      ballot.title,
      ballot.award.name,
      ballot.method,
      ballot.mode,
      results,
    );
    return {
      buffer: format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc),
      contentType:
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName: `Biên bản kiểm phiếu.${format}`,
    };
  }

  /** One ballot paper per delegate present, with tick boxes and the ballot's id. */
  async papers(id: string, user: AuthUser): Promise<DownloadFile> {
    const ballot = await this.ballots.get(id, { user, code: null });
    const meeting = await this.meetings.get(ballot.meetingId, user);
    const count = Math.max(1, meeting.presentCount);
    const t = sanitizeText;
    const blocks: Block[] = [];
    for (let i = 0; i < count; i += 1) {
      if (i > 0) blocks.push({ type: 'pageBreak' });
      blocks.push(
        {
          type: 'paragraph',
          text: [{ text: t(meeting.bloc.name).toUpperCase(), bold: true }],
          align: 'center',
          indent: false,
        },
        {
          type: 'paragraph',
          text: [{ text: 'PHIẾU BẦU', bold: true }],
          align: 'center',
          indent: false,
          size: 16,
        },
        { type: 'paragraph', text: t(ballot.title), align: 'center', indent: false },
        {
          type: 'paragraph',
          text: [
            {
              text:
                ballot.method === 'chooseK'
                  ? `Đánh dấu (X) vào ô bên cạnh tối đa ${ballot.maxWinners} (${numberToVietnameseWords(ballot.maxWinners)}) ứng viên. Phiếu chọn quá số lượng là phiếu không hợp lệ.`
                  : 'Với mỗi ứng viên, đánh dấu (X) vào một trong ba ô: Đồng ý, Không đồng ý, Không ý kiến.',
              italic: true,
            },
          ],
          align: 'justify',
        },
        {
          type: 'table',
          columns:
            ballot.method === 'chooseK'
              ? [
                  { header: 'STT', width: 35, align: 'center' },
                  { header: 'Ứng viên', width: '*' },
                  { header: 'Chọn', width: 60, align: 'center' },
                ]
              : [
                  { header: 'STT', width: 35, align: 'center' },
                  { header: 'Ứng viên', width: '*' },
                  { header: 'Đồng ý', width: 55, align: 'center' },
                  { header: 'Không đồng ý', width: 65, align: 'center' },
                  { header: 'Không ý kiến', width: 65, align: 'center' },
                ],
          rows: ballot.candidates.map((c, j) =>
            ballot.method === 'chooseK' ? [j + 1, t(c.name), ''] : [j + 1, t(c.name), '', '', ''],
          ),
          fontSize: 13,
        },
        {
          type: 'paragraph',
          text: [
            {
              text: `Mã phiếu bầu: ${ballot.id.slice(0, 8).toUpperCase()} · Phiếu số ${i + 1}/${count}`,
              italic: true,
            },
          ],
          align: 'right',
          indent: false,
          size: 10,
        },
      );
    }
    const doc: OfficialDocument = { blocks };
    return {
      buffer: await renderPdf(doc),
      contentType: 'application/pdf',
      fileName: 'Phiếu bầu.pdf',
    };
  }
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
): OfficialDocument {
  const t = sanitizeText;
  const [y, m, d] = meeting.meetingDate.split('-');
  const invalid = results.cast - results.valid;
  const issued = mode === 'paper' || mode === 'hands' ? results.cast : results.present;
  const sealed: string[] =
    mode === 'secret' && results.fingerprint
      ? [
          `Số phiếu bầu điện tử: ${results.electronicVotes}; số phiếu giấy hợp lệ: ${results.paperValid}.`,
          `Phiếu điện tử được mã hóa trên điện thoại của đại biểu; hòm phiếu chỉ được mở bằng mảnh khóa của Ban kiểm phiếu, chỉ giải mã tổng số phiếu của từng ứng viên. Mã vân tay (SHA-256) hồ sơ công khai của phiếu bầu: ${results.fingerprint}.`,
        ]
      : [];
  if (meeting.codeReissues)
    sealed.push(
      `Số mã bỏ phiếu cấp lại trong hội nghị (có sự đồng ý của chủ tọa): ${meeting.codeReissues}.`,
    );
  const elected = results.rows.filter((r) => r.elected);
  const committee = meeting.countingCommittee.length
    ? meeting.countingCommittee
    : [meeting.secretary];
  const blocks: Block[] = [
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
      text: `${t(title)} (${t(awardName)}). Hình thức: ${mode === 'secret' ? 'bỏ phiếu kín bằng phương tiện điện tử' : mode === 'open' ? 'biểu quyết công khai bằng phương tiện điện tử' : mode === 'paper' ? 'bỏ phiếu kín bằng phiếu giấy' : 'biểu quyết giơ tay'}; ${method === 'chooseK' ? `mỗi đại biểu chọn tối đa ${results.maxWinners} ứng viên` : 'mỗi đại biểu cho ý kiến đồng ý, không đồng ý hoặc không ý kiến với từng ứng viên'}. Điều kiện: ${results.rule.comparator === 'gt' ? 'trên' : 'từ'} ${percent(results.rule.threshold)} % ${DENOMINATOR_WORDS[results.rule.denominator]}, lấy theo thứ tự số phiếu từ cao xuống thấp, tối đa ${results.maxWinners} (${numberToVietnameseWords(results.maxWinners)}) ứng viên.`,
      align: 'justify',
    },
    { type: 'heading', text: 'II. KẾT QUẢ KIỂM PHIẾU' },
    {
      type: 'list',
      items: [
        `Tổng số đại biểu được triệu tập: ${results.eligible}; số đại biểu có mặt: ${results.present}.`,
        `Số phiếu phát ra: ${issued}; số phiếu thu về: ${results.cast}.`,
        `Số phiếu hợp lệ: ${results.valid}; số phiếu không hợp lệ: ${invalid}.`,
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
          header: `Tỷ lệ % (trên ${DENOMINATOR_WORDS[results.rule.denominator]}: ${results.rows[0]?.denominator ?? 0})`,
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
        ? `Căn cứ kết quả kiểm phiếu, các ứng viên sau đây đủ điều kiện và được đề nghị ${t(awardName)}: ${elected.map((r) => `${t(r.name)} (${r.votes}/${r.denominator} phiếu, ${percent(r.percent)} %)`).join('; ')}.`
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
  return {
    nationalMotto: true,
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subtitle: t(title),
    blocks: [
      {
        type: 'paragraph',
        text: [{ text: t(formatDocumentDate(documentPlace(), meeting.meetingDate)), italic: true }],
        align: 'right',
        indent: false,
      },
      ...blocks,
    ],
  };
}
