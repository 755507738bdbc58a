import type { MessageParams } from '@thidua/shared/contracts';

export const BLOC_KINDS = ['khoi', 'cum'] as const;
/** `khoi`: a sectoral bloc (khối thi đua); `cum`: a territorial cluster (cụm thi đua). */
export type BlocKind = (typeof BLOC_KINDS)[number];

export const MIN_TERM_YEAR = 2000;
export const MAX_TERM_YEAR = 2100;

export interface UnitKindResponse {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  isActive: boolean;
  version: number;
}

export interface CreateUnitKindRequest {
  code: string;
  name: string;
  sortOrder?: number;
}

export interface UpdateUnitKindRequest {
  name?: string;
  sortOrder?: number;
  isActive?: boolean;
  /** The version that was read; a stale one gets 409 `common.staleVersion`. */
  version: number;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
}

export interface UnitListItemResponse {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kindName: string | null;
  isArchived: boolean;
}

export interface UnitResponse {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: { id: string; name: string } | null;
  parent: UnitRef | null;
  address: string | null;
  headName: string | null;
  headPosition: string | null;
  phone: string | null;
  email: string | null;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A unit's bloc in one year, and its role there. */
export interface UnitYearMembership {
  year: number;
  bloc: BlocSummaryResponse;
  joinedOn: string | null;
  leftOn: string | null;
  role: 'head' | 'deputy' | null;
}

export interface UnitDetailResponse extends UnitResponse {
  children: UnitRef[];
  memberships: UnitYearMembership[];
  /** Whether the signed-in user may edit or archive this unit. */
  canManage: boolean;
}

export interface UnitTreeNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  isArchived: boolean;
}

export interface CreateUnitRequest {
  code: string;
  name: string;
  shortName?: string | null;
  kindId?: string | null;
  parentId?: string | null;
  address?: string | null;
  headName?: string | null;
  headPosition?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface UpdateUnitRequest extends Partial<CreateUnitRequest> {
  isArchived?: boolean;
  version: number;
}

export interface BlocSummaryResponse {
  id: string;
  name: string;
  kind: BlocKind;
}

export interface BlocResponse extends BlocSummaryResponse {
  description: string | null;
  managingAuthority: string | null;
  /** N of the rotation planner; null = number of members − 1. */
  headCooldownYears: number | null;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A bloc in the list, with its figures for the year asked (`?year=`). */
export interface BlocListItemResponse extends BlocResponse {
  year: number;
  memberCount: number;
  head: UnitRef | null;
  deputy: UnitRef | null;
}

export interface CreateBlocRequest {
  name: string;
  kind: BlocKind;
  description?: string | null;
  managingAuthority?: string | null;
  headCooldownYears?: number | null;
}

export interface UpdateBlocRequest extends Partial<CreateBlocRequest> {
  isArchived?: boolean;
  version: number;
}

export interface BlocMemberResponse {
  unitId: string;
  unit: UnitRef & { isArchived: boolean };
  rotationOrder: number;
  joinedOn: string | null;
  leftOn: string | null;
}

/**
 * The year pages open on when none is chosen (one rule for every page): the latest year, up to
 * this calendar year, in which some bloc has members; this calendar year when none has.
 */
export interface WorkingYearResponse {
  year: number;
  /** This calendar year, on the server's clock. */
  calendarYear: number;
}

export interface BlocYearResponse {
  blocId: string;
  year: number;
  members: BlocMemberResponse[];
  head: UnitRef | null;
  deputy: UnitRef | null;
  /** Whether the signed-in user acts as this bloc's secretariat this year. */
  canManage: boolean;
  /**
   * The year's version (members, head and deputy together; 0 before any change): every change of
   * the year sends the version it read, and a stale one gets 409 `common.staleVersion`.
   */
  version: number;
}

export interface BlocYearHistoryItem {
  year: number;
  memberCount: number;
  head: UnitRef | null;
  deputy: UnitRef | null;
}

export interface BlocDetailResponse extends BlocResponse {
  years: BlocYearHistoryItem[];
  canManage: boolean;
}

/** The whole member list of a year; its order is the agreed rotation order. */
export interface PutBlocMembersRequest {
  unitIds: string[];
  /**
   * The day units join or leave (yyyy-MM-dd, within the year). Without it, new members join on
   * 1 January and removed members are taken off the list as if they had never joined.
   */
  effectiveDate?: string | null;
  /** The year's version that was read. */
  version: number;
}

export interface PutBlocLeadershipRequest {
  headUnitId: string;
  deputyUnitId: string | null;
  /** The year's version that was read. */
  version: number;
}

/** Copy last year's members into an empty year. */
export interface CopyPreviousBlocYearRequest {
  /** The year's version that was read. */
  version: number;
}

export type RotationReasonCode =
  | 'deputyBecomesHead'
  | 'nextInOrderBecomesHead'
  | 'firstInOrderBecomesHead'
  | 'nextInOrderBecomesDeputy'
  | 'skippedArchived'
  | 'skippedDeparted'
  | 'skippedRecentHead'
  | 'cooldownRelaxed'
  | 'noDeputyAvailable'
  | 'noHeadAvailable';

export interface RotationProposalResponse {
  year: number;
  basedOnYear: number;
  head: UnitRef | null;
  deputy: UnitRef | null;
  cooldownYears: number;
  reasons: Array<{
    code: RotationReasonCode;
    role: 'head' | 'deputy';
    unit: UnitRef | null;
    year: number | null;
  }>;
}

export interface ImportRowReport {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  code: string | null;
  name: string | null;
  /** `message` is the Vietnamese (or `Accept-Language`) text of `code` + `params`. */
  errors: Array<{ field: string; code: string; params?: MessageParams; message: string }>;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  valid: number;
  invalid: number;
  imported: number;
  rows: ImportRowReport[];
}

export const REGISTRY_ERROR_CODES = {
  unitNotFound: 'units.notFound',
  codeTaken: 'units.codeTaken',
  parentCycle: 'units.parentCycle',
  referenced: 'units.referenced',
  blocNotFound: 'blocs.notFound',
  nameTaken: 'blocs.nameTaken',
  unitInOtherBloc: 'blocs.unitInOtherBloc',
  headEqualsDeputy: 'blocs.headEqualsDeputy',
  leaderNotMember: 'blocs.leaderNotMember',
  leaderCannotBeRemoved: 'blocs.leaderCannotBeRemoved',
  yearNotEmpty: 'blocs.yearNotEmpty',
  nothingToCopy: 'blocs.nothingToCopy',
  archivedUnit: 'blocs.archivedUnit',
  dateOutsideYear: 'blocs.dateOutsideYear',
} as const;
