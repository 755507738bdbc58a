import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AwardHistoryResponse, BeneficiaryKind } from '@thidua/awards/contracts';
import type { ImportReport } from '@thidua/registry/contracts';
import type { MessageParams, Page, SupportedLanguage } from '@thidua/shared/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  type SheetColumn,
  type SpreadsheetFile,
  addSheet,
  conflict,
  likePattern,
  localize,
  readSpreadsheet,
  workbookBuffer,
} from '@thidua/shared/api-core';
import { foldVietnamese } from '@thidua/shared/util';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';

import { BeneficiariesService, beneficiaryColumn } from './beneficiaries.service';
import type { AwardHistoryQueryDto, SaveAwardHistoryDto } from './dto/awards.dto';

interface HistoryRow {
  id: string;
  term_year: number;
  award_id: string;
  award_code: string;
  award_name: string;
  kind: BeneficiaryKind;
  beneficiary_id: string;
  beneficiary_name: string;
  unit_id: string | null;
  unit_code: string | null;
  unit_name: string | null;
  unit_short: string | null;
  decision_number: string | null;
  decision_date: string | null;
  source: 'import' | 'nomination' | 'manual';
}

const HISTORY_SELECT = `
  SELECT h.id, h.term_year, a.id AS award_id, a.code AS award_code, a.name AS award_name,
         CASE WHEN h.unit_id IS NOT NULL THEN 'collective' WHEN h.person_id IS NOT NULL THEN 'individual' ELSE 'household' END AS kind,
         coalesce(h.unit_id, h.person_id, h.household_id) AS beneficiary_id,
         coalesce(bu.name, p.full_name, hh.head_name) AS beneficiary_name,
         u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.short_name AS unit_short,
         h.decision_number, to_char(h.decision_date, 'YYYY-MM-DD') AS decision_date, h.source
    FROM award_history h
    JOIN award_types a ON a.id = h.award_type_id
    LEFT JOIN units bu ON bu.id = h.unit_id
    LEFT JOIN people p ON p.id = h.person_id
    LEFT JOIN households hh ON hh.id = h.household_id
    LEFT JOIN units u ON u.id = h.beneficiary_unit_id`;

export function toHistoryResponse(r: HistoryRow): AwardHistoryResponse {
  return {
    id: r.id,
    year: Number(r.term_year),
    award: { id: r.award_id, code: r.award_code, name: r.award_name },
    beneficiary: {
      kind: r.kind,
      id: r.beneficiary_id,
      name: r.beneficiary_name,
      unit:
        r.unit_id && r.unit_code && r.unit_name
          ? { id: r.unit_id, code: r.unit_code, name: r.unit_name, shortName: r.unit_short }
          : null,
    },
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    source: r.source,
  };
}

type Field =
  | 'year'
  | 'awardCode'
  | 'kind'
  | 'unitCode'
  | 'fullName'
  | 'birthYear'
  | 'sex'
  | 'position'
  | 'headName'
  | 'address'
  | 'decisionNumber'
  | 'decisionDate';

const HEADERS: Record<string, Field> = {
  nam: 'year',
  year: 'year',
  'ma danh hieu': 'awardCode',
  'ma hinh thuc': 'awardCode',
  'ma khen thuong': 'awardCode',
  'award code': 'awardCode',
  'loai doi tuong': 'kind',
  'doi tuong': 'kind',
  kind: 'kind',
  'ma don vi': 'unitCode',
  'unit code': 'unitCode',
  'ho va ten': 'fullName',
  'ho ten': 'fullName',
  'full name': 'fullName',
  'nam sinh': 'birthYear',
  'birth year': 'birthYear',
  'gioi tinh': 'sex',
  sex: 'sex',
  'chuc vu': 'position',
  position: 'position',
  'chu ho': 'headName',
  'head of household': 'headName',
  'dia chi': 'address',
  address: 'address',
  'so quyet dinh': 'decisionNumber',
  'decision number': 'decisionNumber',
  'ngay quyet dinh': 'decisionDate',
  'decision date': 'decisionDate',
};

/** The columns of the import template, each header one the import reads. */
const TEMPLATE_COLUMNS: readonly SheetColumn[] = [
  { key: 'year', header: 'Năm', width: 8, plain: true },
  { key: 'awardCode', header: 'Mã danh hiệu', width: 16 },
  { key: 'kind', header: 'Loại đối tượng', width: 16 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
  { key: 'fullName', header: 'Họ và tên', width: 26 },
  { key: 'birthYear', header: 'Năm sinh', width: 10, plain: true },
  { key: 'sex', header: 'Giới tính', width: 10 },
  { key: 'position', header: 'Chức vụ', width: 24 },
  { key: 'headName', header: 'Chủ hộ', width: 24 },
  { key: 'address', header: 'Địa chỉ', width: 32 },
  { key: 'decisionNumber', header: 'Số quyết định', width: 18 },
  { key: 'decisionDate', header: 'Ngày quyết định', width: 16 },
];

/** How the template names each kind of beneficiary (the import also reads the English names). */
const KIND_NAMES: Record<BeneficiaryKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
};

/** Rows of the template's sheet that offer the lists of codes and kinds. */
const TEMPLATE_ROWS = 1000;

const KINDS: Record<string, BeneficiaryKind> = {
  'tap the': 'collective',
  collective: 'collective',
  'ca nhan': 'individual',
  individual: 'individual',
  'ho gia dinh': 'household',
  household: 'household',
};

/** Awards already received, listed, added by hand, or imported from Excel with a dry run. */
@Injectable()
export class AwardHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly beneficiaries: BeneficiariesService,
  ) {}

  async list(query: AwardHistoryQueryDto): Promise<Page<AwardHistoryResponse>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.year) add('h.term_year = ?', query.year);
    if (query.awardTypeId) add('h.award_type_id = ?', query.awardTypeId);
    // The unit the beneficiary belonged to when awarded (kept by a trigger), so a unit's history
    // is one index range and stays with the unit when a person moves on.
    if (query.unitId) add('h.beneficiary_unit_id = ?', query.unitId);
    if (query.personId) add('h.person_id = ?', query.personId);
    if (query.householdId) add('h.household_id = ?', query.householdId);
    if (query.beneficiaryKind)
      where.push(`h.${beneficiaryColumn(query.beneficiaryKind)} IS NOT NULL`);
    if (query.q)
      add(
        `search_fold(coalesce(bu.name, p.full_name, hh.head_name) || ' ' || a.name || ' ' || coalesce(h.decision_number, '')) LIKE ?`,
        likePattern(query.q),
      );
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows: HistoryRow[] = await this.dataSource.query(
      `${HISTORY_SELECT} ${filter}
       ORDER BY h.term_year DESC, a.sort_order, coalesce(bu.name, p.full_name, hh.head_name) COLLATE "vietnamese", h.id
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    // Only a text search needs the names; every other filter reads award_history alone.
    const joins = query.q
      ? `JOIN award_types a ON a.id = h.award_type_id LEFT JOIN units bu ON bu.id = h.unit_id
         LEFT JOIN people p ON p.id = h.person_id LEFT JOIN households hh ON hh.id = h.household_id`
      : '';
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM award_history h ${joins} ${filter}`,
      params,
    )) as Array<{ total: number }>;
    return { items: rows.map(toHistoryResponse), total, page, pageSize };
  }

  async create(dto: SaveAwardHistoryDto, actor: AuthUser): Promise<AwardHistoryResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.beneficiaries.describe(manager, dto.beneficiaryKind, dto.beneficiaryId);
      const id = await this.insert(manager, {
        year: dto.year,
        awardTypeId: dto.awardTypeId,
        kind: dto.beneficiaryKind,
        beneficiaryId: dto.beneficiaryId,
        decisionNumber: dto.decisionNumber ?? null,
        decisionDate: dto.decisionDate ?? null,
        source: 'manual',
      });
      await this.audit.record(
        { actor, action: 'create', entity: 'awardHistory', entityId: id, after: { ...dto } },
        manager,
      );
      const [row] = (await manager.query(`${HISTORY_SELECT} WHERE h.id = $1`, [
        id,
      ])) as HistoryRow[];
      return toHistoryResponse(row);
    });
  }

  /** Inserts one record; the same award for the same beneficiary and year is refused (409). */
  async insert(
    manager: EntityManager,
    r: {
      year: number;
      awardTypeId: string;
      kind: BeneficiaryKind;
      beneficiaryId: string;
      decisionNumber: string | null;
      decisionDate: string | null;
      source: 'import' | 'nomination' | 'manual';
      nominationId?: string | null;
    },
  ): Promise<string> {
    const column = beneficiaryColumn(r.kind);
    const [award] = (await manager.query(`SELECT name FROM award_types WHERE id = $1`, [
      r.awardTypeId,
    ])) as Array<{ name: string }>;
    if (!award)
      throw new ApiException(422, 'awards.notFound', {}, { awardTypeId: ['awards.notFound'] });
    const [dup] = await manager.query(
      `SELECT 1 FROM award_history WHERE term_year = $1 AND award_type_id = $2 AND ${column} = $3`,
      [r.year, r.awardTypeId, r.beneficiaryId],
    );
    if (dup) throw conflict('history.duplicate', { award: award.name, year: r.year });
    const [{ id }] = (await manager.query(
      `INSERT INTO award_history (term_year, award_type_id, ${column}, decision_number, decision_date, source, nomination_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        r.year,
        r.awardTypeId,
        r.beneficiaryId,
        r.decisionNumber,
        r.decisionDate,
        r.source,
        r.nominationId ?? null,
      ],
    )) as Array<{ id: string }>;
    return id;
  }

  /**
   * Records the decided nominations `ids` in the award history, in one statement: refused (409
   * history.duplicate, naming the award and year) when one of them already has that award that
   * year, or the list names the same beneficiary twice for it.
   */
  async insertDecided(
    manager: EntityManager,
    ids: readonly string[],
    decisionNumber: string,
    decisionDate: string,
  ): Promise<void> {
    if (!ids.length) return;
    const [dup] = (await manager.query(
      `WITH n AS (
         SELECT n.id, n.term_year, n.award_type_id, n.unit_id, n.person_id, n.household_id,
                count(*) OVER (PARTITION BY n.term_year, n.award_type_id,
                               coalesce(n.unit_id, n.person_id, n.household_id)) AS copies
           FROM nominations n WHERE n.id = ANY($1::uuid[]))
       SELECT a.name, n.term_year FROM n JOIN award_types a ON a.id = n.award_type_id
        WHERE n.copies > 1
           OR EXISTS (SELECT 1 FROM award_history h WHERE h.unit_id = n.unit_id
                        AND h.term_year = n.term_year AND h.award_type_id = n.award_type_id)
           OR EXISTS (SELECT 1 FROM award_history h WHERE h.person_id = n.person_id
                        AND h.term_year = n.term_year AND h.award_type_id = n.award_type_id)
           OR EXISTS (SELECT 1 FROM award_history h WHERE h.household_id = n.household_id
                        AND h.term_year = n.term_year AND h.award_type_id = n.award_type_id)
        LIMIT 1`,
      [ids],
    )) as Array<{ name: string; term_year: number }>;
    if (dup) throw conflict('history.duplicate', { award: dup.name, year: Number(dup.term_year) });
    await manager.query(
      `INSERT INTO award_history (term_year, award_type_id, unit_id, person_id, household_id,
                                  decision_number, decision_date, source, nomination_id)
       SELECT term_year, award_type_id, unit_id, person_id, household_id, $2, $3, 'nomination', id
         FROM nominations WHERE id = ANY($1::uuid[])`,
      [ids, decisionNumber, decisionDate],
    );
  }

  /**
   * The import template: an empty sheet with the columns the import reads, whose award code, kind,
   * unit code and sex cells offer lists; a sheet of example rows (one of each kind); and the
   * catalogue of award codes (with the kinds each may go to) and of unit codes.
   */
  async templateWorkbook(): Promise<Buffer> {
    const awards: Array<{ code: string; name: string; kinds: BeneficiaryKind[] }> =
      await this.dataSource.query(
        `SELECT code, name, beneficiary_kinds AS kinds FROM award_types WHERE is_active
          ORDER BY sort_order, name COLLATE "vietnamese"`,
      );
    const units: Array<{ code: string; name: string }> = await this.dataSource.query(
      `SELECT code, name FROM units WHERE NOT is_archived ORDER BY name COLLATE "vietnamese"`,
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = addSheet(workbook, 'Lịch sử khen thưởng', TEMPLATE_COLUMNS);
    const examples = addSheet(workbook, 'Ví dụ', TEMPLATE_COLUMNS);
    const year = new Date().getFullYear() - 1;
    const decision = { decisionNumber: '125/QĐ-UBND', decisionDate: `15/12/${year}` };
    const example: Record<BeneficiaryKind, Record<string, string | number>> = {
      collective: { unitCode: units[0]?.code ?? '' },
      individual: {
        unitCode: units[0]?.code ?? '',
        fullName: 'Hoàng Thị Hiên',
        birthYear: 1982,
        sex: 'Nữ',
        position: 'Trưởng phòng',
      },
      household: { headName: 'Lù Văn Páo', address: 'Thôn Lùng Vai, xã Bảo Nhai' },
    };
    for (const kind of ['collective', 'individual', 'household'] as const) {
      const award = awards.find((a) => a.kinds.includes(kind));
      if (award) {
        examples.addRow({
          year,
          awardCode: award.code,
          kind: KIND_NAMES[kind],
          ...example[kind],
          ...decision,
        });
      }
    }
    const catalogue = addSheet(workbook, 'Danh mục', [
      { key: 'awardCode', header: 'Mã danh hiệu', width: 16 },
      { key: 'awardName', header: 'Danh hiệu, hình thức khen thưởng', width: 48 },
      { key: 'kinds', header: 'Đối tượng', width: 32 },
      { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
      { key: 'unitName', header: 'Tên đơn vị', width: 48 },
    ]);
    for (let i = 0; i < Math.max(awards.length, units.length); i++) {
      catalogue.addRow({
        awardCode: awards[i]?.code,
        awardName: awards[i]?.name,
        kinds: awards[i]?.kinds.map((kind) => KIND_NAMES[kind]).join(', '),
        unitCode: units[i]?.code,
        unitName: units[i]?.name,
      });
    }
    const list = (formula: string): ExcelJS.DataValidation => ({
      type: 'list',
      allowBlank: true,
      formulae: [formula],
    });
    const lists: Record<string, ExcelJS.DataValidation> = {
      C: list(`"${Object.values(KIND_NAMES).join(',')}"`),
      G: list('"Nam,Nữ"'),
    };
    if (awards.length) lists['B'] = list(`'Danh mục'!$A$2:$A$${awards.length + 1}`);
    if (units.length) lists['D'] = list(`'Danh mục'!$D$2:$D$${units.length + 1}`);
    for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
      for (const [column, validation] of Object.entries(lists)) {
        sheet.getCell(`${column}${row}`).dataValidation = validation;
      }
    }
    return workbookBuffer(workbook);
  }

  /** Imports history from .xlsx/.csv: a dry run reports every row; nothing is written unless all are valid. */
  async import(
    file: SpreadsheetFile,
    dryRun: boolean,
    actor: AuthUser,
    lang: SupportedLanguage,
  ): Promise<ImportReport> {
    const rows = await readSpreadsheet<Field>(
      file,
      HEADERS,
      ['year', 'awardCode', 'kind'],
      ['awardCode', 'unitCode'],
    );
    const awards: Array<{ id: string; code: string; beneficiary_kinds: BeneficiaryKind[] }> =
      await this.dataSource.query(`SELECT id, code, beneficiary_kinds FROM award_types`);
    const units: Array<{ id: string; code: string }> = await this.dataSource.query(
      `SELECT id, code FROM units`,
    );
    const errors = new Map<
      number,
      Array<{ field: string; code: string; params?: Record<string, unknown> }>
    >();
    const add = (row: number, field: string, code: string, params?: Record<string, unknown>) =>
      errors.set(row, [...(errors.get(row) ?? []), { field, code, params }]);
    const seen = new Map<string, number>();
    const plan: Array<{
      row: number;
      year: number;
      awardId: string;
      kind: BeneficiaryKind;
      unitId: string | null;
      r: (typeof rows)[number];
    }> = [];
    for (const r of rows) {
      const year = Number(r.year);
      if (!/^\d{4}$/.test(r.year ?? '') || year < 1945 || year > 2100)
        add(r.row, 'year', 'import.badYear', { value: r.year ?? '' });
      const award = awards.find((a) => a.code === r.awardCode);
      if (!award) add(r.row, 'awardCode', 'import.unknownAward', { value: r.awardCode ?? '' });
      const kind = KINDS[foldVietnamese(r.kind ?? '')];
      if (!kind) add(r.row, 'kind', 'import.badKind');
      else if (award && !award.beneficiary_kinds.includes(kind))
        add(r.row, 'kind', 'import.badKind');
      const unit = r.unitCode ? units.find((u) => u.code === r.unitCode) : undefined;
      if (r.unitCode && !unit) add(r.row, 'unitCode', 'import.unknownUnit', { value: r.unitCode });
      if (kind === 'collective' && !r.unitCode)
        add(r.row, 'unitCode', 'import.missingField', { field: 'Mã đơn vị' });
      if (kind === 'individual' && !r.fullName)
        add(r.row, 'fullName', 'import.missingField', { field: 'Họ và tên' });
      if (kind === 'household' && (!r.headName || !r.address))
        add(r.row, 'headName', 'import.missingField', { field: 'Chủ hộ, Địa chỉ' });
      if (r.decisionDate && !parseVnDate(r.decisionDate))
        add(r.row, 'decisionDate', 'import.badDate', { value: r.decisionDate });
      const key = [
        r.year,
        r.awardCode,
        kind,
        r.unitCode,
        foldVietnamese(r.fullName ?? r.headName ?? ''),
        r.address,
      ].join('|');
      if (seen.has(key)) add(r.row, 'row', 'import.duplicateRow', { other: seen.get(key) });
      else seen.set(key, r.row);
      if (award && kind && !errors.has(r.row))
        plan.push({ row: r.row, year, awardId: award.id, kind, unitId: unit?.id ?? null, r });
    }
    const report = (imported: number): ImportReport => {
      const items = rows.map((r) => ({
        row: r.row,
        code: r.awardCode ?? null,
        name: r.fullName ?? r.headName ?? r.unitCode ?? null,
        errors: (errors.get(r.row) ?? []).map((e) => ({
          field: e.field,
          code: e.code,
          ...(e.params ? { params: e.params as MessageParams } : {}),
          message: localize(e.code, lang, e.params),
        })),
      }));
      const invalid = items.filter((i) => i.errors.length).length;
      return {
        dryRun,
        total: rows.length,
        valid: rows.length - invalid,
        invalid,
        imported,
        rows: items,
      };
    };
    if (dryRun && errors.size) return report(0);
    const invalid = () => [...errors.values()].filter((e) => e.length).length;
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const p of plan) {
          const beneficiaryId = await this.findOrCreateBeneficiary(
            manager,
            p.kind,
            p.unitId,
            p.r,
            dryRun,
          );
          const column = beneficiaryColumn(p.kind);
          const [dup] = beneficiaryId
            ? await manager.query(
                `SELECT 1 FROM award_history WHERE term_year = $1 AND award_type_id = $2 AND ${column} = $3`,
                [p.year, p.awardId, beneficiaryId],
              )
            : [];
          if (dup) {
            add(p.row, 'row', 'import.alreadyAwarded');
            continue;
          }
          if (!dryRun && beneficiaryId) {
            await this.insert(manager, {
              year: p.year,
              awardTypeId: p.awardId,
              kind: p.kind,
              beneficiaryId,
              decisionNumber: p.r.decisionNumber ?? null,
              decisionDate: p.r.decisionDate ? parseVnDate(p.r.decisionDate) : null,
              source: 'import',
            });
          }
        }
        if (invalid()) throw new ImportAbort();
        if (!dryRun) {
          await this.audit.record(
            {
              actor,
              action: 'import',
              entity: 'awardHistory',
              after: { file: file.originalname, rows: plan.length },
            },
            manager,
          );
        }
      });
    } catch (error) {
      if (!(error instanceof ImportAbort)) throw error;
    }
    if (invalid()) {
      if (dryRun) return report(0);
      const body = report(0);
      const exception = new ApiException(422, 'import.invalidRows', {
        invalid: body.invalid,
        total: body.total,
      });
      exception.extra = { report: body };
      throw exception;
    }
    return report(dryRun ? 0 : plan.length);
  }

  /** Matches a person (name + unit) or household (head + address), creating it on a real import. */
  private async findOrCreateBeneficiary(
    manager: EntityManager,
    kind: BeneficiaryKind,
    unitId: string | null,
    r: Partial<Record<Field, string>>,
    dryRun: boolean,
  ): Promise<string | null> {
    if (kind === 'collective') return unitId;
    if (kind === 'individual') {
      const [found] = (await manager.query(
        `SELECT id FROM people WHERE search_fold(full_name) = search_fold($1) AND unit_id IS NOT DISTINCT FROM $2 LIMIT 1`,
        [r.fullName, unitId],
      )) as Array<{ id: string }>;
      if (found || dryRun) return found?.id ?? null;
      const sex =
        foldVietnamese(r.sex ?? '') === 'nu' || r.sex?.toLowerCase() === 'female'
          ? 'female'
          : 'male';
      const birthYear = r.birthYear && /^\d{4}$/.test(r.birthYear) ? Number(r.birthYear) : null;
      const [{ id }] = (await manager.query(
        `INSERT INTO people (full_name, birth_year, sex, position, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [r.fullName, birthYear, sex, r.position ?? null, unitId],
      )) as Array<{ id: string }>;
      return id;
    }
    const [found] = (await manager.query(
      `SELECT id FROM households WHERE search_fold(head_name) = search_fold($1) AND search_fold(address) = search_fold($2) LIMIT 1`,
      [r.headName, r.address],
    )) as Array<{ id: string }>;
    if (found || dryRun) return found?.id ?? null;
    const [{ id }] = (await manager.query(
      `INSERT INTO households (head_name, address, unit_id) VALUES ($1, $2, $3) RETURNING id`,
      [r.headName, r.address, unitId],
    )) as Array<{ id: string }>;
    return id;
  }
}

class ImportAbort extends Error {}

/** dd/MM/yyyy (or yyyy-MM-dd) → yyyy-MM-dd, or null when not a real date. */
export function parseVnDate(text: string): string | null {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [y, m, d] = vn
    ? [Number(vn[3]), Number(vn[2]), Number(vn[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!y || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
