import { Injectable, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';

import type {
  IssuingBody,
  OutgoingNumberResponse,
  OutgoingNumbersQuery,
} from '@thidua/registry/contracts';
import { DEFAULT_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { PagedListStore } from '@thidua/shared/data-access';

import { OrganisationApi } from '../organisation/organisation.api';
import { OutgoingNumbersApi } from './outgoing-numbers.api';

/** The whole register, newest year and number first. */
export const DEFAULT_OUTGOING_QUERY: OutgoingNumbersQuery = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/** The register page: one server page of numbers taken, and the bodies to filter by. Per route. */
@Injectable()
export class OutgoingNumbersStore extends PagedListStore<
  OutgoingNumbersQuery,
  OutgoingNumberResponse
> {
  private readonly api = inject(OutgoingNumbersApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly bodiesState = signal<IssuingBody[]>([]);

  /** The profile's issuing bodies (empty until read, or when it cannot be read). */
  readonly bodies = this.bodiesState.asReadonly();

  constructor() {
    super(DEFAULT_OUTGOING_QUERY);
  }

  async loadBodies(): Promise<void> {
    const profile = await firstValueFrom(this.organisation.profile()).catch(() => null);
    this.bodiesState.set(profile?.issuingBodies ?? []);
  }

  protected fetch(query: OutgoingNumbersQuery): Observable<Page<OutgoingNumberResponse>> {
    return this.api.list(query);
  }

  protected hasFiltersIn({ bodyCode, year }: OutgoingNumbersQuery): boolean {
    return !!(bodyCode || year);
  }
}
