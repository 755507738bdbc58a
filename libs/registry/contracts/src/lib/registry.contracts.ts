export const BLOC_KINDS = ['khoi', 'cum'] as const;
/** `khoi`: a sectoral bloc (khối thi đua); `cum`: a territorial cluster (cụm thi đua). */
export type BlocKind = (typeof BLOC_KINDS)[number];

export interface UnitKindResponse {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  isActive: boolean;
}

export interface BlocSummaryResponse {
  id: string;
  name: string;
  kind: BlocKind;
}

export interface UnitListItemResponse {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kindName: string | null;
  isArchived: boolean;
}
