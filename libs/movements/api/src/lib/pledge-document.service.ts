import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PledgeResponse } from '@thidua/movements/contracts';
import { rebaseOnLaw } from '@thidua/registry/api';
import { type AuthUser, type DownloadFile, RenderService } from '@thidua/shared/api-core';
import {
  type Block,
  type OfficialDocument,
  formatDocumentDate,
  sanitizeText,
} from '@thidua/shared/documents';
import { DataSource } from 'typeorm';

import { type PledgeMemberRow, PledgesService } from './pledges.service';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** "Bản giao ước thi đua năm …" as PDF and DOCX, in the format of Nghị định 30/2020. */
@Injectable()
export class PledgeDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pledges: PledgesService,
    private readonly renderer: RenderService,
  ) {}

  async render(
    blocId: string,
    year: number,
    format: 'pdf' | 'docx',
    user: AuthUser,
  ): Promise<DownloadFile> {
    const { pledge, members } = await this.pledges.documentData(blocId, year, user);
    const bases = await rebaseOnLaw(this.dataSource.manager, [], 'pledge', pledgeDate(pledge));
    const doc = buildPledgeDocument(pledge, members, bases);
    const buffer = await this.renderer.render({ kind: format, doc });
    return {
      buffer,
      contentType: CONTENT_TYPES[format],
      fileName: `Bản giao ước thi đua năm ${year} - ${pledge.bloc.name}.${format}`,
    };
  }
}

/** The pledge's date: the last signature's, or today while unsigned. */
function pledgeDate(pledge: PledgeResponse): string {
  const signed = pledge.units
    .map((u) => u.signature?.signedOn)
    .filter((d): d is string => !!d)
    .sort();
  return signed.at(-1) ?? new Date().toISOString().slice(0, 10);
}

/**
 * The printed pledge: Quốc hiệu and tiêu ngữ, the title, the bases, the common commitments, each
 * unit's registered targets and titles, and the signature table — one column per member unit
 * (its head), the head unit first, then the deputy, then the rotation order.
 */
export function buildPledgeDocument(
  pledge: PledgeResponse,
  members: PledgeMemberRow[],
  bases: string[],
): OfficialDocument {
  const t = (s: string) => sanitizeText(s);
  const date = pledgeDate(pledge);
  const laws = bases.map((b) => t(b).replace(/[;.]$/, '')).join('; ');
  const citing = laws ? `Căn cứ ${laws} và các văn bản hướng dẫn thi hành; căn cứ` : 'Căn cứ';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: [{ text: t(formatDocumentDate(pledge.place, date)), italic: true }],
      align: 'right',
      indent: false,
    },
  ];
  if (pledge.movement) {
    blocks.push({
      type: 'paragraph',
      text: `Căn cứ phong trào thi đua "${t(pledge.movement.title)}";`,
      align: 'justify',
    });
  }
  blocks.push(
    {
      type: 'paragraph',
      text: `${citing} kế hoạch tổ chức phong trào thi đua năm ${pledge.year} của ${t(pledge.bloc.name)}, các đơn vị thành viên thống nhất ký kết giao ước thi đua với những nội dung sau:`,
      align: 'justify',
    },
    { type: 'heading', text: 'I. NỘI DUNG GIAO ƯỚC CHUNG' },
    { type: 'list', items: pledge.commitments.map(t), numbered: true },
  );
  const registered = pledge.units.filter((u) => u.targets.length || u.titles.length);
  if (registered.length) {
    blocks.push({ type: 'heading', text: 'II. CHỈ TIÊU VÀ DANH HIỆU ĐĂNG KÝ CỦA CÁC ĐƠN VỊ' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'STT', width: 30, align: 'center' },
        { header: 'Đơn vị', width: 140 },
        { header: 'Chỉ tiêu đăng ký', width: '*' },
        { header: 'Danh hiệu đăng ký', width: 120 },
      ],
      rows: registered.map((u, i) => [
        i + 1,
        t(u.unit.name),
        u.targets.map((x) => `- ${t(x)}`).join('\n'),
        u.titles.map(t).join('; '),
      ]),
    });
  }
  blocks.push(
    { type: 'heading', text: `${registered.length ? 'III' : 'II'}. TỔ CHỨC THỰC HIỆN` },
    {
      type: 'paragraph',
      text: `Các đơn vị thành viên cam kết tổ chức thực hiện nghiêm túc các nội dung giao ước; định kỳ sơ kết 6 tháng, tổng kết năm, báo cáo kết quả về đơn vị Trưởng khối để tổng hợp, chấm điểm, bình xét thi đua theo quy định. Bản giao ước được lập thành ${members.length} bản có giá trị như nhau, mỗi đơn vị giữ một bản.`,
      align: 'justify',
    },
    {
      type: 'signatures',
      perRow: 3,
      columns: members.map((m) => {
        const signature = pledge.units.find((u) => u.unit.id === m.unit_id)?.signature;
        const role =
          m.role === 'head' ? 'TRƯỞNG KHỐI' : m.role === 'deputy' ? 'PHÓ KHỐI' : undefined;
        return {
          title: t(`${role ? `${role} - ` : ''}${m.name}`),
          position: t(signature?.signerPosition ?? m.head_position ?? 'Thủ trưởng đơn vị'),
          name: t(signature?.signerName ?? m.head_name ?? ''),
          note: signature
            ? `(Đã ký ngày ${signature.signedOn.split('-').reverse().join('/')})`
            : '(Ký, ghi rõ họ tên, đóng dấu)',
        };
      }),
    },
  );
  return {
    nationalMotto: true,
    title: `BẢN GIAO ƯỚC THI ĐUA NĂM ${pledge.year}`,
    subtitle: t(pledge.bloc.name),
    blocks,
  };
}
