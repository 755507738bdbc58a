import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { BlocListItemResponse } from '@thidua/registry/contracts';
import type {
  RankingResponse,
  SaveAdjustmentsRequest,
  SaveScoreSheetRequest,
  SaveSelfAssessmentRequest,
  ScoreBoardResponse,
  ScoreScale,
  ScoreSheetResponse,
  TargetComparisonResponse,
  UnitScoreResponse,
  UnitScoreTransitionRequest,
} from '@thidua/scoring/contracts';
import type { Page } from '@thidua/shared/contracts';
import { API_BASE_URL } from '@thidua/shared/data-access';

/** The scoring endpoints: the sheet, the units' cards, the board and the ranking. */
@Injectable({ providedIn: 'root' })
export class ScoringApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  blocs(year: number): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: new HttpParams({ fromObject: { year, page: 1, pageSize: 100, sort: 'name' } }),
    });
  }

  sheet(blocId: string, year: number): Observable<ScoreSheetResponse> {
    return this.http.get<ScoreSheetResponse>(this.sheetUrl(blocId, year));
  }

  saveSheet(
    blocId: string,
    year: number,
    request: SaveScoreSheetRequest,
  ): Observable<ScoreSheetResponse> {
    return this.http.put<ScoreSheetResponse>(this.sheetUrl(blocId, year), request);
  }

  copyPrevious(blocId: string, year: number): Observable<ScoreSheetResponse> {
    return this.http.post<ScoreSheetResponse>(`${this.sheetUrl(blocId, year)}/copy-previous`, {});
  }

  fromPledge(blocId: string, year: number, scale: ScoreScale): Observable<ScoreSheetResponse> {
    return this.http.post<ScoreSheetResponse>(`${this.sheetUrl(blocId, year)}/from-pledge`, {
      scale,
    });
  }

  agree(blocId: string, year: number, version: number): Observable<ScoreSheetResponse> {
    return this.http.post<ScoreSheetResponse>(`${this.sheetUrl(blocId, year)}/agree`, { version });
  }

  lock(blocId: string, year: number, version: number): Observable<ScoreSheetResponse> {
    return this.http.post<ScoreSheetResponse>(`${this.sheetUrl(blocId, year)}/lock`, { version });
  }

  board(blocId: string, year: number): Observable<ScoreBoardResponse> {
    return this.http.get<ScoreBoardResponse>(this.scoresUrl(blocId, year));
  }

  card(blocId: string, year: number, unitId: string): Observable<UnitScoreResponse> {
    return this.http.get<UnitScoreResponse>(this.cardUrl(blocId, year, unitId));
  }

  saveSelf(
    blocId: string,
    year: number,
    unitId: string,
    request: SaveSelfAssessmentRequest,
  ): Observable<UnitScoreResponse> {
    return this.http.put<UnitScoreResponse>(this.cardUrl(blocId, year, unitId), request);
  }

  addEvidence(
    blocId: string,
    year: number,
    unitId: string,
    itemId: string,
    file: File,
  ): Observable<UnitScoreResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<UnitScoreResponse>(
      `${this.cardUrl(blocId, year, unitId)}/evidence`,
      body,
      {
        params: new HttpParams({ fromObject: { itemId } }),
      },
    );
  }

  removeEvidence(
    blocId: string,
    year: number,
    unitId: string,
    attachmentId: string,
  ): Observable<UnitScoreResponse> {
    return this.http.delete<UnitScoreResponse>(
      `${this.cardUrl(blocId, year, unitId)}/evidence/${encodeURIComponent(attachmentId)}`,
    );
  }

  adjust(
    blocId: string,
    year: number,
    unitId: string,
    request: SaveAdjustmentsRequest,
  ): Observable<UnitScoreResponse> {
    return this.http.put<UnitScoreResponse>(
      `${this.cardUrl(blocId, year, unitId)}/adjustments`,
      request,
    );
  }

  transition(
    blocId: string,
    year: number,
    unitId: string,
    request: UnitScoreTransitionRequest,
  ): Observable<UnitScoreResponse> {
    return this.http.post<UnitScoreResponse>(
      `${this.cardUrl(blocId, year, unitId)}/transitions`,
      request,
    );
  }

  ranking(blocId: string, year: number): Observable<RankingResponse> {
    return this.http.get<RankingResponse>(`${this.yearUrl(blocId, year)}/ranking`);
  }

  comparison(blocId: string, year: number): Observable<TargetComparisonResponse> {
    return this.http.get<TargetComparisonResponse>(
      `${this.yearUrl(blocId, year)}/target-comparison`,
    );
  }

  /** The ranking as a file; the session cookie authenticates a plain link. */
  rankingFileUrl(blocId: string, year: number, format: 'pdf' | 'xlsx'): string {
    return `${this.yearUrl(blocId, year)}/ranking?format=${format}`;
  }

  private yearUrl(blocId: string, year: number): string {
    return `${this.baseUrl}/blocs/${encodeURIComponent(blocId)}/years/${year}`;
  }

  private sheetUrl(blocId: string, year: number): string {
    return `${this.yearUrl(blocId, year)}/score-sheet`;
  }

  private scoresUrl(blocId: string, year: number): string {
    return `${this.yearUrl(blocId, year)}/scores`;
  }

  private cardUrl(blocId: string, year: number, unitId: string): string {
    return `${this.scoresUrl(blocId, year)}/${encodeURIComponent(unitId)}`;
  }
}
