import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addSheet, likePattern, workbookBuffer } from '@thidua/shared/api-core';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import type { UnitListQueryDto } from './dto/unit-list-query.dto';

/** The columns of the unit import template and of the unit export (same order, same names). */
export const UNIT_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', width: 14 },
  { key: 'name', header: 'Tên đơn vị', width: 42 },
  { key: 'shortName', header: 'Tên viết tắt', width: 14 },
  { key: 'kind', header: 'Loại đơn vị', width: 26 },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', width: 18 },
  { key: 'address', header: 'Địa chỉ', width: 26 },
  { key: 'headName', header: 'Thủ trưởng', width: 22 },
  { key: 'headPosition', header: 'Chức vụ', width: 26 },
  { key: 'phone', header: 'Điện thoại', width: 14 },
  { key: 'email', header: 'Email', width: 24 },
  { key: 'bloc', header: 'Khối/cụm', width: 40 },
  { key: 'year', header: 'Năm', width: 8, plain: true },
] as const;

@Injectable()
export class RegistryExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An empty workbook with the import columns and one example row. */
  async templateWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = addSheet(workbook, 'Đơn vị', UNIT_COLUMNS);
    sheet.addRow({
      code: 'BTCTU',
      name: 'Ban Tổ chức Tỉnh ủy',
      shortName: 'BTC',
      kind: 'Cơ quan Đảng',
      address: 'Số 1 đường Trần Hưng Đạo',
      bloc: 'Khối thi đua các cơ quan Tỉnh ủy',
      year: new Date().getFullYear(),
    });
    return workbookBuffer(workbook);
  }

  /** Units matching the list's filters, with their bloc in `year` (default this year). */
  async unitsWorkbook(query: UnitListQueryDto): Promise<Buffer> {
    const year = query.year ?? new Date().getFullYear();
    const rows: Array<Record<string, string | number | null>> = await this.dataSource.query(
      `SELECT u.code, u.name, u.short_name AS "shortName", k.name AS kind, p.code AS "parentCode", u.address,
              u.head_name AS "headName", u.head_position AS "headPosition", u.phone, u.email,
              b.name AS bloc, CASE WHEN b.id IS NULL THEN NULL ELSE $1::int END AS year
         FROM units u
         LEFT JOIN unit_kinds k ON k.id = u.kind_id
         LEFT JOIN units p ON p.id = u.parent_id
         LEFT JOIN bloc_memberships m ON m.unit_id = u.id AND m.term_year = $1
         LEFT JOIN blocs b ON b.id = m.bloc_id
        WHERE ($2::boolean IS NULL OR u.is_archived = $2)
          AND ($3::uuid IS NULL OR u.kind_id = $3)
          AND ($4::uuid IS NULL OR m.bloc_id = $4)
          AND ($5::text IS NULL OR u.search_text LIKE $5)
        ORDER BY u.name COLLATE "vietnamese"`,
      [
        year,
        query.isArchived ?? null,
        query.kindId ?? null,
        query.blocId ?? null,
        query.q ? likePattern(query.q) : null,
      ],
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = addSheet(workbook, 'Đơn vị', UNIT_COLUMNS);
    sheet.addRows(rows);
    return workbookBuffer(workbook);
  }

  /** Every bloc with its members, head and deputy in `year`. */
  async blocsWorkbook(year: number): Promise<Buffer> {
    const rows: Array<Record<string, string | number | null>> = await this.dataSource.query(
      `SELECT b.name AS bloc, CASE b.kind WHEN 'khoi' THEN 'Khối' ELSE 'Cụm' END AS kind,
              m.rotation_order AS "order", u.code, u.name AS unit,
              CASE WHEN l.head_unit_id = u.id THEN 'Trưởng khối' WHEN l.deputy_unit_id = u.id THEN 'Phó khối' END AS role,
              to_char(m.joined_on, 'DD/MM/YYYY') AS "joinedOn", to_char(m.left_on, 'DD/MM/YYYY') AS "leftOn"
         FROM blocs b
         LEFT JOIN bloc_memberships m ON m.bloc_id = b.id AND m.term_year = $1
         LEFT JOIN units u ON u.id = m.unit_id
         LEFT JOIN bloc_leaderships l ON l.bloc_id = b.id AND l.term_year = $1
        WHERE NOT b.is_archived
        ORDER BY b.name COLLATE "vietnamese", m.rotation_order`,
      [year],
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = addSheet(workbook, `Khối, cụm ${year}`, [
      { key: 'bloc', header: 'Khối/cụm', width: 44 },
      { key: 'kind', header: 'Loại', width: 8 },
      { key: 'order', header: 'Thứ tự luân phiên', width: 10 },
      { key: 'code', header: 'Mã đơn vị', width: 14 },
      { key: 'unit', header: 'Đơn vị', width: 42 },
      { key: 'role', header: 'Vai trò', width: 14 },
      { key: 'joinedOn', header: 'Ngày tham gia', width: 14 },
      { key: 'leftOn', header: 'Ngày rời khối', width: 14 },
    ]);
    sheet.addRows(rows);
    return workbookBuffer(workbook);
  }
}
