import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportReport, ImportRowReport } from '@thidua/registry/contracts';
import type { MessageParams, SupportedLanguage } from '@thidua/shared/contracts';
import {
  ApiException,
  AuditService,
  type AuthUser,
  MAX_SPREADSHEET_BYTES,
  MAX_SPREADSHEET_ROWS,
  localize,
  readSpreadsheet,
} from '@thidua/shared/api-core';
import { foldVietnamese } from '@thidua/shared/util';
import { DataSource } from 'typeorm';

import { UNIT_CODE_PATTERN } from './dto/units.dto';

export const MAX_IMPORT_BYTES = MAX_SPREADSHEET_BYTES;
export const MAX_IMPORT_ROWS = MAX_SPREADSHEET_ROWS;

type Field =
  | 'code'
  | 'name'
  | 'shortName'
  | 'kind'
  | 'parentCode'
  | 'address'
  | 'headName'
  | 'headPosition'
  | 'phone'
  | 'email'
  | 'bloc'
  | 'year';

/** Header names accepted for each column (folded: no diacritics, lower case), Vietnamese and English. */
const HEADERS: Record<string, Field> = {
  'ma don vi': 'code',
  ma: 'code',
  code: 'code',
  'ten don vi': 'name',
  ten: 'name',
  name: 'name',
  'ten viet tat': 'shortName',
  'short name': 'shortName',
  'loai don vi': 'kind',
  loai: 'kind',
  kind: 'kind',
  'ma don vi cap tren': 'parentCode',
  'don vi cap tren': 'parentCode',
  'parent code': 'parentCode',
  'dia chi': 'address',
  address: 'address',
  'thu truong': 'headName',
  'head of unit': 'headName',
  'chuc vu': 'headPosition',
  position: 'headPosition',
  'dien thoai': 'phone',
  phone: 'phone',
  email: 'email',
  'khoi/cum': 'bloc',
  khoi: 'bloc',
  cum: 'bloc',
  'khoi, cum': 'bloc',
  bloc: 'bloc',
  nam: 'year',
  year: 'year',
};

const MAX_LENGTH: Partial<Record<Field, number>> = {
  name: 255,
  shortName: 80,
  address: 255,
  headName: 120,
  headPosition: 120,
  phone: 40,
  email: 120,
};

type Row = { row: number } & Partial<Record<Field, string>>;
interface RowError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Units and memberships from .xlsx or .csv: a dry run reports every row; nothing is written unless all are valid. */
@Injectable()
export class RegistryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importUnits(
    file: { originalname: string; buffer: Buffer; size: number },
    dryRun: boolean,
    actor: AuthUser,
    lang: SupportedLanguage,
  ): Promise<ImportReport> {
    const rows = await readRows(file);
    const { errors, plan } = await this.check(rows);
    const report = (imported: number): ImportReport => {
      const reports: ImportRowReport[] = rows.map((r) => ({
        row: r.row,
        code: r.code ?? null,
        name: r.name ?? null,
        errors: (errors.get(r.row) ?? []).map((e) => ({
          field: e.field,
          code: e.code,
          ...(e.params ? { params: e.params as MessageParams } : {}),
          message: localize(e.code, lang, e.params),
        })),
      }));
      const invalid = reports.filter((r) => r.errors.length).length;
      return {
        dryRun,
        total: rows.length,
        valid: rows.length - invalid,
        invalid,
        imported,
        rows: reports,
      };
    };
    if (dryRun) return report(0);
    const invalid = [...errors.values()].filter((e) => e.length).length;
    if (invalid) {
      throw new ImportRejectedException(report(0), { invalid, total: rows.length });
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE');
      const ids = new Map<string, string>();
      for (const r of plan) {
        const [{ id }] = (await manager.query(
          `INSERT INTO units (code, name, short_name, kind_id, parent_id, address, head_name, head_position, phone, email)
           VALUES ($1, $2, $3, $4, COALESCE($5::uuid, (SELECT id FROM units WHERE code = $6)), $7, $8, $9, $10, $11)
           RETURNING id`,
          [
            r.code,
            r.name,
            r.shortName ?? null,
            r.kindId,
            r.parentCode ? (ids.get(r.parentCode) ?? null) : null,
            r.parentCode ?? null,
            r.address ?? null,
            r.headName ?? null,
            r.headPosition ?? null,
            r.phone ?? null,
            r.email ?? null,
          ],
        )) as Array<{ id: string }>;
        ids.set(r.code, id);
        if (r.blocId && r.termYear) {
          await manager.query(
            `INSERT INTO bloc_memberships (bloc_id, unit_id, term_year, rotation_order, joined_on)
             SELECT $1, $2, $3::smallint,
                    COALESCE((SELECT max(rotation_order) FROM bloc_memberships WHERE bloc_id = $1 AND term_year = $3), 0) + 1,
                    make_date($3::int, 1, 1)`,
            [r.blocId, id, r.termYear],
          );
        }
      }
      await this.audit.record(
        {
          actor,
          action: 'import',
          entity: 'unit',
          after: { file: file.originalname, units: plan.length, codes: plan.map((p) => p.code) },
        },
        manager,
      );
    });
    return report(plan.length);
  }

  /** Validates every row against the file itself and the database. */
  private async check(rows: Row[]) {
    const errors = new Map<number, RowError[]>();
    const add = (row: number, field: string, code: string, params?: Record<string, unknown>) =>
      errors.set(row, [...(errors.get(row) ?? []), { field, code, params }]);

    const kinds: Array<{ id: string; code: string; name: string }> = await this.dataSource.query(
      `SELECT id, code, name FROM unit_kinds WHERE is_active`,
    );
    const blocs: Array<{ id: string; name: string }> = await this.dataSource.query(
      `SELECT id, name FROM blocs WHERE NOT is_archived`,
    );
    const codes = rows.map((r) => r.code).filter((c): c is string => !!c);
    const parentCodes = rows.map((r) => r.parentCode).filter((c): c is string => !!c);
    const existing = new Set(
      (
        (await this.dataSource.query(`SELECT code FROM units WHERE code = ANY($1::text[])`, [
          [...codes, ...parentCodes],
        ])) as Array<{ code: string }>
      ).map((r) => r.code),
    );
    const firstRowOfCode = new Map<string, number>();
    const plan: Array<
      Omit<Row, 'year'> & {
        code: string;
        name: string;
        kindId: string | null;
        blocId: string | null;
        termYear: number | null;
      }
    > = [];

    for (const r of rows) {
      if (!r.code) add(r.row, 'code', 'import.missingCode');
      else if (!UNIT_CODE_PATTERN.test(r.code)) add(r.row, 'code', 'common.validation');
      else if (firstRowOfCode.has(r.code))
        add(r.row, 'code', 'import.duplicateCode', { other: firstRowOfCode.get(r.code) });
      else if (existing.has(r.code)) add(r.row, 'code', 'import.codeExists');
      if (r.code && !firstRowOfCode.has(r.code)) firstRowOfCode.set(r.code, r.row);
      if (!r.name) add(r.row, 'name', 'import.missingName');
      for (const [field, max] of Object.entries(MAX_LENGTH)) {
        const value = r[field as Field];
        if (value && value.length > (max as number)) add(r.row, field, 'import.tooLong', { max });
      }
      if (r.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(r.email))
        add(r.row, 'email', 'import.badEmail');
      let kindId: string | null = null;
      if (r.kind) {
        const folded = foldVietnamese(r.kind);
        const kind = kinds.find(
          (k) => k.code === r.kind?.toLowerCase() || foldVietnamese(k.name) === folded,
        );
        if (kind) kindId = kind.id;
        else add(r.row, 'kind', 'import.unknownKind', { value: r.kind });
      }
      if (r.parentCode && !existing.has(r.parentCode) && !codes.includes(r.parentCode)) {
        add(r.row, 'parentCode', 'import.unknownParent', { value: r.parentCode });
      }
      let blocId: string | null = null;
      let year: number | null = null;
      if (r.bloc) {
        const bloc = blocs.find((b) => foldVietnamese(b.name) === foldVietnamese(r.bloc as string));
        if (bloc) blocId = bloc.id;
        else add(r.row, 'bloc', 'import.unknownBloc', { value: r.bloc });
        if (!r.year) add(r.row, 'year', 'import.blocWithoutYear');
      }
      if (r.year) {
        year = /^\d{4}$/.test(r.year) ? Number(r.year) : NaN;
        if (!(year >= 2000 && year <= 2100))
          add(r.row, 'year', 'import.badYear', { value: r.year });
        if (!r.bloc) add(r.row, 'bloc', 'import.yearWithoutBloc');
      }
      plan.push({ ...r, code: r.code ?? '', name: r.name ?? '', kindId, blocId, termYear: year });
    }
    // Parents before children; a cycle among new units is an unknown parent.
    const ordered: typeof plan = [];
    const pending = new Map(plan.map((p) => [p.code, p]));
    let progressed = true;
    while (pending.size && progressed) {
      progressed = false;
      for (const [code, p] of pending) {
        if (!p.parentCode || !pending.has(p.parentCode) || p.parentCode === code) {
          ordered.push(p);
          pending.delete(code);
          progressed = true;
        }
      }
    }
    for (const p of pending.values())
      add(p.row, 'parentCode', 'import.unknownParent', { value: p.parentCode });
    return { errors, plan: ordered };
  }
}

/** 422 with the whole report, so the page can show every row's errors. */
export class ImportRejectedException extends ApiException {
  constructor(report: ImportReport, params: Record<string, unknown>) {
    super(422, 'import.invalidRows', params);
    this.extra = { report };
  }
}

/** Reads the unit import file (see `HEADERS`). */
function readRows(file: { originalname: string; buffer: Buffer; size: number }): Promise<Row[]> {
  return readSpreadsheet<Field>(file, HEADERS, [], ['code', 'parentCode']).then((rows) => {
    if (!rows.some((r) => r.code !== undefined || r.name !== undefined)) {
      throw new ApiException(422, 'import.unreadableFile');
    }
    return rows;
  });
}
