import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { AwardTypeResponse, NominationListItemResponse } from '@thidua/awards/contracts';
import type {
  BallotResponse,
  MeetingResponse,
  ReissueCodeRequest,
  SaveBallotRequest,
  SaveMeetingRequest,
  SaveVotersRequest,
  VoterCodeResponse,
} from '@thidua/ballots/contracts';
import { BallotsApi } from '@thidua/ballots/data-access';
import { OutgoingNumbersApi } from '@thidua/registry/web';
import type { ApiError } from '@thidua/shared/contracts';
import { toApiError } from '@thidua/shared/data-access';

import type { RequestStatus } from '../ballots.status';

/** One meeting's page: details, delegates and attendance, voting codes, ballots. Per route. */
@Injectable()
export class MeetingStore {
  private readonly api = inject(BallotsApi);
  private readonly numbers = inject(OutgoingNumbersApi);
  private readonly meetingState = signal<MeetingResponse | null>(null);
  private readonly statusState = signal<RequestStatus>('idle');
  private readonly errorState = signal<ApiError | null>(null);
  private readonly isSavingState = signal(false);
  private readonly codesState = signal<VoterCodeResponse[]>([]);
  private awardTypes: AwardTypeResponse[] | null = null;
  private requestId = 0;

  readonly meeting = this.meetingState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly isSaving = this.isSavingState.asReadonly();
  /** The codes just issued: shown once, to print. */
  readonly codes = this.codesState.asReadonly();
  readonly isLoading = computed(() => this.statusState() === 'loading');
  readonly canManage = computed(() => this.meetingState()?.canManage ?? false);
  readonly ballots = computed(() => this.meetingState()?.ballots ?? []);
  /** Delegates can no longer change once a ballot has opened. */
  readonly hasOpenedBallots = computed(() => this.ballots().some((b) => b.status !== 'draft'));

  /** Loads the meeting. A slower older answer never overwrites a newer one. */
  async load(id: string): Promise<void> {
    const requestId = ++this.requestId;
    if (this.meetingState()?.id !== id) {
      this.meetingState.set(null);
      this.codesState.set([]);
    }
    this.statusState.set('loading');
    this.errorState.set(null);
    try {
      const meeting = await firstValueFrom(this.api.getMeeting(id));
      if (requestId !== this.requestId) return;
      this.meetingState.set(meeting);
      this.statusState.set('idle');
    } catch (error) {
      if (requestId !== this.requestId) return;
      this.errorState.set(toApiError(error));
      this.statusState.set('error');
    }
  }

  /** Saves the meeting's details (with its version). */
  update(request: SaveMeetingRequest): Promise<ApiError | null> {
    return this.change((meeting) =>
      this.api.updateMeeting(meeting.id, { ...request, version: meeting.version }),
    );
  }

  /** Saves the delegates and who is present. */
  saveVoters(request: Omit<SaveVotersRequest, 'version'>): Promise<ApiError | null> {
    return this.change((meeting) =>
      this.api.saveVoters(meeting.id, { ...request, version: meeting.version }),
    );
  }

  /**
   * Issues one-time codes to the present delegates without an account who have none yet (409
   * `ballots.codesAlreadyIssued` when every one has a code).
   */
  async issueCodes(): Promise<ApiError | null> {
    const meeting = this.meetingState();
    if (!meeting || this.isSavingState()) return null;
    this.isSavingState.set(true);
    try {
      const codes = await firstValueFrom(this.api.issueVoterCodes(meeting.id));
      this.codesState.set(codes);
      return null;
    } catch (error) {
      return toApiError(error);
    } finally {
      this.isSavingState.set(false);
    }
  }

  /**
   * A new code for one delegate who lost theirs (the old one stops working): with a reason, and
   * the chair's approval while a ballot is open. Shown once, as a single slip.
   */
  async reissueCode(voterId: string, request: ReissueCodeRequest): Promise<ApiError | null> {
    const meeting = this.meetingState();
    if (!meeting) return null;
    try {
      const code = await firstValueFrom(this.api.reissueVoterCode(meeting.id, voterId, request));
      this.codesState.set([code]);
      void this.load(meeting.id);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /**
   * Gives a ballot's minutes their number (null takes it back), against the ballot's version as
   * read now; reloads the meeting after.
   */
  async saveMinutesNumber(
    ballotId: string,
    minutesNumber: string | null,
  ): Promise<ApiError | null> {
    const meeting = this.meetingState();
    if (!meeting) return null;
    try {
      const { version } = await firstValueFrom(this.api.getBallot(ballotId));
      await firstValueFrom(this.api.saveMinutesNumber(ballotId, { minutesNumber, version }));
      void this.load(meeting.id);
      return null;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** The next number of the bloc's register for a ballot's minutes dated `date` (yyyy-MM-dd). */
  async takeMinutesNumber(
    blocId: string,
    ballotTitle: string,
    date: string,
  ): Promise<{ symbol: string } | ApiError> {
    try {
      const subject = $localize`:@@blMinutesSubject:Biên bản kiểm phiếu: ${ballotTitle}:title:`;
      const taken = await firstValueFrom(
        this.numbers.take({
          documentKind: 'minutes',
          documentDate: date,
          blocId,
          subject: subject.slice(0, 500),
        }),
      );
      return { symbol: taken.symbol };
    } catch (error) {
      return toApiError(error);
    }
  }

  /** Forgets the codes on screen (they cannot be shown again). */
  hideCodes(): void {
    this.codesState.set([]);
  }

  /** Creates a ballot of this meeting; answers it, or the error for the dialog. */
  async createBallot(request: SaveBallotRequest): Promise<BallotResponse | ApiError> {
    try {
      const ballot = await firstValueFrom(this.api.createBallot(request));
      const meeting = this.meetingState();
      if (meeting) void this.load(meeting.id);
      return ballot;
    } catch (error) {
      return toApiError(error);
    }
  }

  /** The active award types with their rule versions (asked once). */
  async loadAwardTypes(): Promise<AwardTypeResponse[]> {
    if (!this.awardTypes) {
      const types = await firstValueFrom(this.api.listAwardTypes());
      this.awardTypes = types
        .filter((type) => type.isActive)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'));
    }
    return this.awardTypes;
  }

  /** The nominations the meeting's bloc accepted for an award this year: possible candidates. */
  async loadCandidates(awardTypeId: string): Promise<NominationListItemResponse[]> {
    const meeting = this.meetingState();
    if (!meeting) return [];
    return firstValueFrom(
      this.api.listAcceptedNominations(meeting.year, meeting.bloc.id, awardTypeId),
    );
  }

  private async change(
    call: (meeting: MeetingResponse) => ReturnType<BallotsApi['getMeeting']>,
  ): Promise<ApiError | null> {
    const meeting = this.meetingState();
    if (!meeting || this.isSavingState()) return null;
    this.isSavingState.set(true);
    try {
      this.meetingState.set(await firstValueFrom(call(meeting)));
      return null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.statusCode === 409) void this.load(meeting.id);
      return apiError;
    } finally {
      this.isSavingState.set(false);
    }
  }
}
