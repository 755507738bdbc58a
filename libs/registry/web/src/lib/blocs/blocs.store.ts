import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type { BlocListItemResponse, CreateBlocRequest } from '@thidua/registry/contracts';
import { type ApiError, DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore, toApiError, saveDownload } from '@thidua/shared/data-access';

import { WorkingYear } from '../working-year';
import { type BlocListQuery, BlocsApi } from './blocs.api';

/** The blocs list with nothing chosen: the working year's, by name, archived blocs left out. */
export function defaultBlocQuery(year: number): BlocListQuery {
  return {
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: 'name',
    isArchived: false,
    year,
  };
}

/** The blocs page: one page of blocs with their figures for the chosen year. Provided per route. */
@Injectable()
export class BlocsStore extends PagedListStore<BlocListQuery, BlocListItemResponse> {
  private readonly api = inject(BlocsApi);
  private readonly workingYear = inject(WorkingYear);
  private readonly isExportingState = signal(false);

  readonly isExporting = this.isExportingState.asReadonly();
  readonly year = computed(() => this.workingYear.or(this.query().year ?? null));

  constructor() {
    super(defaultBlocQuery(inject(WorkingYear).year()));
  }

  protected fetch(query: BlocListQuery): Observable<Page<BlocListItemResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, kind }: BlocListQuery): boolean {
    return !!q || !!kind;
  }

  async create(request: CreateBlocRequest): Promise<ApiError | null> {
    try {
      await firstValueFrom(this.api.create(request));
      void this.load();
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  async export(): Promise<ApiError | null> {
    this.isExportingState.set(true);
    try {
      const year = this.year();
      saveDownload(
        await firstValueFrom(this.api.export(year)),
        `Khối, cụm thi đua năm ${year}.xlsx`,
      );
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isExportingState.set(false);
    }
  }
}
