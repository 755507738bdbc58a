import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { MovementListItemResponse, MovementListQuery } from '@thidua/movements/contracts';
import { DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore } from '@thidua/shared/data-access';

import { MovementsApi } from '../movements.api';

export const DEFAULT_MOVEMENT_SORT = '-startDate';

/** The movements list with nothing chosen: latest start first. */
export const DEFAULT_MOVEMENT_QUERY: MovementListQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_MOVEMENT_SORT,
};

/** The movements page: one server page of movements with the filters. Provided per route. */
@Injectable()
export class MovementsListStore extends PagedListStore<
  MovementListQuery,
  MovementListItemResponse
> {
  private readonly api = inject(MovementsApi);

  constructor() {
    super(DEFAULT_MOVEMENT_QUERY);
  }

  protected fetch(query: MovementListQuery): Observable<Page<MovementListItemResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ q, kind, status, year }: MovementListQuery): boolean {
    return !!q || !!kind || !!status || !!year;
  }
}
