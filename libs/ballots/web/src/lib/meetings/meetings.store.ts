import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { MeetingResponse, SaveMeetingRequest } from '@thidua/ballots/contracts';
import { BallotsApi, type MeetingFilters } from '@thidua/ballots/data-access';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import { WorkingYear } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../ballots.status';

/** The meetings page: a bloc's (or every bloc's) conferences of a year. Provided per route. */
@Injectable()
export class MeetingsStore {
  private readonly api = inject(BallotsApi);
  private readonly filtersState = signal<MeetingFilters>({ year: inject(WorkingYear).year() });
  private readonly itemsState = signal<MeetingResponse[]>([]);
  private readonly blocsState = signal<BlocListItemResponse[]>([]);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private requestId = 0;
  private blocsYear: number | null = null;

  readonly filters = this.filtersState.asReadonly();
  readonly items = this.itemsState.asReadonly();
  readonly blocs = this.blocsState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly hasFilters = computed(() => !!this.filtersState().blocId);

  /** Loads the meetings (newest first). A slower older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const id = ++this.requestId;
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const items = await firstValueFrom(this.api.listMeetings(this.filtersState()));
      if (id !== this.requestId) return;
      this.itemsState.set([...items].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate)));
      this.statusState.set('idle');
    } catch (error) {
      if (id !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  filter(filters: MeetingFilters): Promise<void> {
    this.filtersState.set({ ...filters });
    return this.load();
  }

  /** The blocs of a year, for the filter and the create dialog (kept while the year stays). */
  async loadBlocs(year: number): Promise<BlocListItemResponse[]> {
    if (this.blocsYear === year) return this.blocsState();
    try {
      const blocs = await firstValueFrom(this.api.listBlocs(year));
      this.blocsYear = year;
      this.blocsState.set(blocs.filter((bloc) => !bloc.isArchived));
    } catch {
      this.blocsState.set([]);
    }
    return this.blocsState();
  }

  /** Creates a meeting; answers it, or the error for the dialog. */
  async create(request: SaveMeetingRequest): Promise<MeetingResponse | ApiError> {
    try {
      const meeting = await firstValueFrom(this.api.createMeeting(request));
      void this.load();
      return meeting;
    } catch (error) {
      return toApiError(error);
    }
  }
}
