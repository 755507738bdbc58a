import { HttpClient, HttpContext, HttpHeaders, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import type { AwardTypeResponse, NominationListItemResponse } from '@thidua/awards/contracts';
import type {
  BallotActionRequest,
  BallotResponse,
  BallotResultsResponse,
  BallotSummaryResponse,
  BallotTurnoutResponse,
  CastVoteRequest,
  MeetingResponse,
  ReissueCodeRequest,
  SaveBallotRequest,
  SaveMeetingRequest,
  SaveMinutesNumberRequest,
  SavePaperCountsRequest,
  SaveVotersRequest,
  TallyBallotRequest,
  VoteReceiptResponse,
  VoterCodeResponse,
} from '@thidua/ballots/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import { MAX_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { API_BASE_URL, SKIP_UNAUTHORIZED_REDIRECT, toHttpParams } from '@thidua/shared/data-access';

/** The header a delegate's one-time code travels in: never in an address, where logs keep it. */
export const VOTING_CODE_HEADER = 'X-Voting-Code';

/**
 * A delegate with a one-time code is not signed in: the code goes in its header, and a 401 is
 * theirs to see on the voting page, not a reason to send them to the login page.
 */
function codeOptions(code: string | null | undefined): {
  headers?: HttpHeaders;
  context?: HttpContext;
} {
  return code
    ? {
        headers: new HttpHeaders({ [VOTING_CODE_HEADER]: code }),
        context: new HttpContext().set(SKIP_UNAUTHORIZED_REDIRECT, true),
      }
    : {};
}

export interface MeetingFilters {
  blocId?: string;
  year?: number;
}

/**
 * Conferences (hội nghị) and their ballots: delegates, codes, opening and closing, votes, counts,
 * results and documents; plus what the forms pick from (blocs, award types, accepted nominations).
 */
@Injectable({ providedIn: 'root' })
export class BallotsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  // Meetings

  listMeetings(filters: MeetingFilters): Observable<MeetingResponse[]> {
    return this.http.get<MeetingResponse[]>(`${this.baseUrl}/meetings`, {
      params: toHttpParams(filters),
    });
  }

  getMeeting(id: string): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(this.meetingUrl(id));
  }

  createMeeting(request: SaveMeetingRequest): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`${this.baseUrl}/meetings`, request);
  }

  updateMeeting(id: string, request: SaveMeetingRequest): Observable<MeetingResponse> {
    return this.http.put<MeetingResponse>(this.meetingUrl(id), request);
  }

  saveVoters(id: string, request: SaveVotersRequest): Observable<MeetingResponse> {
    return this.http.put<MeetingResponse>(`${this.meetingUrl(id)}/voters`, request);
  }

  /** Codes for the present delegates without an account who have none yet (shown once). */
  issueVoterCodes(id: string): Observable<VoterCodeResponse[]> {
    return this.http.post<VoterCodeResponse[]>(`${this.meetingUrl(id)}/voter-codes`, {});
  }

  /** A lost code reissued for one delegate (the old one stops working); shown once. */
  reissueVoterCode(
    id: string,
    voterId: string,
    request: ReissueCodeRequest,
  ): Observable<VoterCodeResponse> {
    return this.http.post<VoterCodeResponse>(
      `${this.meetingUrl(id)}/voters/${encodeURIComponent(voterId)}/voter-code`,
      request,
    );
  }

  // Ballots

  listBallots(meetingId: string): Observable<BallotSummaryResponse[]> {
    return this.http.get<BallotSummaryResponse[]>(`${this.baseUrl}/ballots`, {
      params: toHttpParams({ meetingId }),
    });
  }

  /** The ballots of the meeting a one-time code belongs to (no sign-in). */
  listBallotsForCode(code: string): Observable<BallotSummaryResponse[]> {
    return this.http.get<BallotSummaryResponse[]>(`${this.baseUrl}/ballots`, codeOptions(code));
  }

  getBallot(id: string, code?: string | null): Observable<BallotResponse> {
    return this.http.get<BallotResponse>(this.ballotUrl(id), codeOptions(code));
  }

  createBallot(request: SaveBallotRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.baseUrl}/ballots`, request);
  }

  updateBallot(id: string, request: SaveBallotRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(this.ballotUrl(id), request);
  }

  /** Opens the ballot; a secret ballot's answer carries the committee's key shares, once. */
  openBallot(id: string, request: BallotActionRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/open`, request);
  }

  closeBallot(id: string, request: BallotActionRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/close`, request);
  }

  /** Counts a closed secret ballot with k of the committee's shares. */
  tallyBallot(id: string, request: TallyBallotRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/tally`, request);
  }

  castVote(
    id: string,
    request: CastVoteRequest,
    code?: string | null,
  ): Observable<VoteReceiptResponse> {
    return this.http.post<VoteReceiptResponse>(
      `${this.ballotUrl(id)}/votes`,
      request,
      codeOptions(code),
    );
  }

  turnout(id: string, code?: string | null): Observable<BallotTurnoutResponse> {
    return this.http.get<BallotTurnoutResponse>(`${this.ballotUrl(id)}/turnout`, codeOptions(code));
  }

  /** 409 `ballots.notTallied` while a closed secret ballot waits for the committee. */
  results(id: string, code?: string | null): Observable<BallotResultsResponse> {
    return this.http.get<BallotResultsResponse>(`${this.ballotUrl(id)}/results`, codeOptions(code));
  }

  /** The trackers of the counted votes, after the count. */
  receipts(id: string, code?: string | null): Observable<string[]> {
    return this.http.get<string[]>(`${this.ballotUrl(id)}/receipts`, codeOptions(code));
  }

  /**
   * The bulletin board of a counted secret ballot, to save or to verify (its SHA-256 is the
   * ballot's fingerprint, so its bytes are kept as sent).
   */
  board(id: string, code?: string | null): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.ballotUrl(id)}/board`, {
      ...codeOptions(code),
      observe: 'response',
      responseType: 'blob',
    });
  }

  savePaperCounts(id: string, request: SavePaperCountsRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(`${this.ballotUrl(id)}/paper-counts`, request);
  }

  /** The vote-count minutes' number and symbol (null takes it back). */
  saveMinutesNumber(id: string, request: SaveMinutesNumberRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(`${this.ballotUrl(id)}/minutes-number`, request);
  }

  runoff(id: string, request: BallotActionRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/runoff`, request);
  }

  /** The ballot papers to print (PDF). */
  papers(id: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.ballotUrl(id)}/papers`, {
      observe: 'response',
      responseType: 'blob',
    });
  }

  /** The vote-count minutes (biên bản kiểm phiếu); `signed`: the PDF digitally signed. */
  minutes(id: string, format: 'pdf' | 'docx', signed = false): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.ballotUrl(id)}/minutes`, {
      params: toHttpParams({ format, signed: signed || null }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  /** The Server-Sent Events address of a ballot's turnout (signed-in users only). */
  eventsUrl(id: string): string {
    return `${this.ballotUrl(id)}/events`;
  }

  // What the forms pick from

  /** The blocs with their figures in `year`, by name. */
  listBlocs(year: number): Observable<BlocListItemResponse[]> {
    return this.http
      .get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
        params: toHttpParams({ year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'name' }),
      })
      .pipe(map((page) => page.items));
  }

  listAwardTypes(): Observable<AwardTypeResponse[]> {
    return this.http.get<AwardTypeResponse[]>(`${this.baseUrl}/award-types`);
  }

  /** The nominations the bloc accepted for an award in a year: a ballot's candidates. */
  listAcceptedNominations(
    year: number,
    blocId: string,
    awardTypeId: string,
  ): Observable<NominationListItemResponse[]> {
    return this.http
      .get<Page<NominationListItemResponse>>(`${this.baseUrl}/nominations`, {
        params: toHttpParams({
          year,
          blocId,
          awardTypeId,
          status: 'accepted',
          page: 1,
          pageSize: MAX_PAGE_SIZE,
        }),
      })
      .pipe(map((page) => page.items));
  }

  private meetingUrl(id: string): string {
    return `${this.baseUrl}/meetings/${encodeURIComponent(id)}`;
  }

  private ballotUrl(id: string): string {
    return `${this.baseUrl}/ballots/${encodeURIComponent(id)}`;
  }
}
