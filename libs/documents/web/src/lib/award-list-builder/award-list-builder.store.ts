import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import {
  BENEFICIARY_KINDS,
  type BeneficiaryKind,
  type NominationListItemResponse,
} from '@thidua/awards/contracts';
import type {
  AwardListOrder,
  AwardListResponse,
  SaveAwardListRequest,
} from '@thidua/documents/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';
import { compareVietnamese } from '@thidua/shared/util';

import { AwardListsApi } from '../award-lists.api';
import type { RequestStatus } from '../labels';

export interface CandidateGroup {
  kind: BeneficiaryKind;
  items: NominationListItemResponse[];
}

/** The nominations that passed their vote, grouped by beneficiary kind (collectives first). */
export function groupCandidates(items: readonly NominationListItemResponse[]): CandidateGroup[] {
  return BENEFICIARY_KINDS.map((kind) => ({
    kind,
    items: items
      .filter((item) => item.beneficiary.kind === kind && item.vote?.passed === true)
      .sort(
        (a, b) =>
          compareVietnamese(a.award.name, b.award.name) ||
          compareVietnamese(a.beneficiary.name, b.beneficiary.name),
      ),
  })).filter((group) => group.items.length > 0);
}

/** The list builder: candidates of a year and bloc, the selection, and saving. Provided per route. */
@Injectable()
export class AwardListBuilderStore {
  private readonly api = inject(AwardListsApi);
  private readonly blocsState = signal<BlocListItemResponse[]>([]);
  private readonly candidatesState = signal<NominationListItemResponse[]>([]);
  private readonly selectedState = signal<ReadonlySet<string>>(new Set());
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly isSavingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly saveErrorState = signal<ApiError | null>(null);
  private requestId = 0;

  readonly blocs = this.blocsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly saveError = this.saveErrorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly groups = computed(() => groupCandidates(this.candidatesState()));
  readonly candidateCount = computed(() =>
    this.groups().reduce((sum, group) => sum + group.items.length, 0),
  );
  readonly selected = this.selectedState.asReadonly();
  readonly selectedCount = computed(() => this.selectedState().size);

  async loadBlocs(year: number): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.blocs(year));
      this.blocsState.set(page.items);
    } catch {
      this.blocsState.set([]);
    }
  }

  /** Loads every voted nomination of the year and bloc (all pages) and selects those that passed. */
  async loadCandidates(year: number, blocId: string | null): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const items: NominationListItemResponse[] = [];
      for (let page = 1; ; page++) {
        const result = await firstValueFrom(this.api.votedNominations(year, blocId, page));
        items.push(...result.items);
        if (!result.items.length || items.length >= result.total) break;
      }
      if (id !== this.requestId) return;
      this.candidatesState.set(items);
      this.selectedState.set(
        new Set(items.filter((item) => item.vote?.passed === true).map((item) => item.id)),
      );
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.candidatesState.set([]);
      this.selectedState.set(new Set());
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  isSelected(id: string): boolean {
    return this.selectedState().has(id);
  }

  toggle(id: string, selected: boolean): void {
    this.selectedState.update((current) => {
      const next = new Set(current);
      if (selected) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** Selects or clears every row of a group. */
  toggleGroup(kind: BeneficiaryKind, selected: boolean): void {
    const ids = this.groups()
      .find((group) => group.kind === kind)
      ?.items.map((item) => item.id);
    this.selectedState.update((current) => {
      const next = new Set(current);
      for (const id of ids ?? []) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  /**
   * Creates the list with the selected nominations, in the candidates' order. Resolves to the new
   * list, or to null after an error (422 `awardLists.badNominations` when a row has not passed its
   * vote or is already on another list), which `saveError` then holds.
   */
  async save(form: {
    title: string;
    year: number;
    blocId: string | null;
    order: AwardListOrder;
  }): Promise<AwardListResponse | null> {
    const selected = this.selectedState();
    const request: SaveAwardListRequest = {
      title: form.title.trim(),
      year: form.year,
      blocId: form.blocId,
      order: form.order,
      nominationIds: this.groups()
        .flatMap((group) => group.items)
        .filter((item) => selected.has(item.id))
        .map((item) => item.id),
    };
    this.isSavingState.set(true);
    this.saveErrorState.set(null);
    try {
      return await firstValueFrom(this.api.create(request));
    } catch (error) {
      this.saveErrorState.set(toApiError(error));
      return null;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
