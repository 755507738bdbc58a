import { HttpClient, HttpContext, HttpResponse } from '@angular/common/http';
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
  SaveBallotRequest,
  SaveMeetingRequest,
  SavePaperCountsRequest,
  SaveVotersRequest,
  VoteReceiptResponse,
  VoterCodeResponse,
} from '@thidua/ballots/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import { MAX_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { API_BASE_URL, SKIP_UNAUTHORIZED_REDIRECT, toHttpParams } from '@thidua/shared/data-access';

/**
 * A delegate with a one-time code is not signed in: a 401 is theirs to see on the voting page,
 * not a reason to send them to the login page.
 */
function codeContext(code: string | null | undefined): HttpContext | undefined {
  return code ? new HttpContext().set(SKIP_UNAUTHORIZED_REDIRECT, true) : undefined;
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

  issueVoterCodes(id: string): Observable<VoterCodeResponse[]> {
    return this.http.post<VoterCodeResponse[]>(`${this.meetingUrl(id)}/voter-codes`, {});
  }

  // Ballots

  listBallots(meetingId: string): Observable<BallotSummaryResponse[]> {
    return this.http.get<BallotSummaryResponse[]>(`${this.baseUrl}/ballots`, {
      params: toHttpParams({ meetingId }),
    });
  }

  /** The ballots of the meeting a one-time code belongs to (no sign-in). */
  listBallotsForCode(code: string): Observable<BallotSummaryResponse[]> {
    return this.http.get<BallotSummaryResponse[]>(`${this.baseUrl}/ballots`, {
      params: toHttpParams({ code }),
      context: codeContext(code),
    });
  }

  getBallot(id: string, code?: string | null): Observable<BallotResponse> {
    return this.http.get<BallotResponse>(this.ballotUrl(id), {
      params: toHttpParams({ code }),
      context: codeContext(code),
    });
  }

  createBallot(request: SaveBallotRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.baseUrl}/ballots`, request);
  }

  updateBallot(id: string, request: SaveBallotRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(this.ballotUrl(id), request);
  }

  openBallot(id: string, request: BallotActionRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/open`, request);
  }

  closeBallot(id: string, request: BallotActionRequest): Observable<BallotResponse> {
    return this.http.post<BallotResponse>(`${this.ballotUrl(id)}/close`, request);
  }

  castVote(id: string, request: CastVoteRequest): Observable<VoteReceiptResponse> {
    return this.http.post<VoteReceiptResponse>(`${this.ballotUrl(id)}/votes`, request, {
      context: codeContext(request.code),
    });
  }

  turnout(id: string, code?: string | null): Observable<BallotTurnoutResponse> {
    return this.http.get<BallotTurnoutResponse>(`${this.ballotUrl(id)}/turnout`, {
      params: toHttpParams({ code }),
      context: codeContext(code),
    });
  }

  results(id: string, code?: string | null): Observable<BallotResultsResponse> {
    return this.http.get<BallotResultsResponse>(`${this.ballotUrl(id)}/results`, {
      params: toHttpParams({ code }),
      context: codeContext(code),
    });
  }

  receipts(id: string, code?: string | null): Observable<string[]> {
    return this.http.get<string[]>(`${this.ballotUrl(id)}/receipts`, {
      params: toHttpParams({ code }),
      context: codeContext(code),
    });
  }

  savePaperCounts(id: string, request: SavePaperCountsRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(`${this.ballotUrl(id)}/paper-counts`, request);
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

  /** The vote-count minutes (biên bản kiểm phiếu). */
  minutes(id: string, format: 'pdf' | 'docx'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${this.ballotUrl(id)}/minutes`, {
      params: toHttpParams({ format }),
      observe: 'response',
      responseType: 'blob',
    });
  }

  /** The Server-Sent Events address of a ballot's turnout. */
  eventsUrl(id: string, code?: string | null): string {
    const query = code ? `?code=${encodeURIComponent(code)}` : '';
    return `${this.ballotUrl(id)}/events${query}`;
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
