import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import type { AwardTypeResponse, NominationListItemResponse } from '@thidua/awards/contracts';
import type {
  AwardListResponse,
  AwardListSummaryResponse,
  CertificateLayoutResponse,
  ExportFormat,
  ExportJobResponse,
  RecordDecisionRequest,
  SendAwardListRequest,
  SaveAwardListRequest,
  SaveCertificateLayoutRequest,
} from '@thidua/documents/contracts';
import type { BlocListItemResponse } from '@thidua/registry/contracts';
import { MAX_PAGE_SIZE, type Page } from '@thidua/shared/contracts';
import { API_BASE_URL, toHttpParams } from '@thidua/shared/data-access';

/** What a background export renders. */
export type ExportKind = 'list' | 'coverLetter' | 'certificates';
/** `design`: the full certificate; `blank`: only the text, onto pre-printed blanks. */
export type CertificatePrintLayout = 'design' | 'blank';

/** Award lists (danh sách đề nghị khen thưởng), their documents and the certificate layouts. */
@Injectable({ providedIn: 'root' })
export class AwardListsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(query: {
    year?: number | null;
    blocId?: string | null;
  }): Observable<AwardListSummaryResponse[]> {
    return this.http.get<AwardListSummaryResponse[]>(`${this.baseUrl}/award-lists`, {
      params: toHttpParams(query),
    });
  }

  get(id: string): Observable<AwardListResponse> {
    return this.http.get<AwardListResponse>(this.listUrl(id));
  }

  create(request: SaveAwardListRequest): Observable<AwardListResponse> {
    return this.http.post<AwardListResponse>(`${this.baseUrl}/award-lists`, request);
  }

  update(id: string, request: SaveAwardListRequest): Observable<AwardListResponse> {
    return this.http.put<AwardListResponse>(this.listUrl(id), request);
  }

  /** Deletes a draft list, at the version that was read. */
  remove(id: string, request: SendAwardListRequest): Observable<void> {
    return this.http.delete<void>(this.listUrl(id), { body: request });
  }

  send(id: string, request: SendAwardListRequest): Observable<AwardListResponse> {
    return this.http.post<AwardListResponse>(`${this.listUrl(id)}/send`, request);
  }

  recordDecision(id: string, request: RecordDecisionRequest): Observable<AwardListResponse> {
    return this.http.post<AwardListResponse>(`${this.listUrl(id)}/decision`, request);
  }

  /** The list as PDF, DOCX or XLSX; `signed`: the PDF digitally signed. */
  exportList(id: string, format: ExportFormat, signed = false): Observable<HttpResponse<Blob>> {
    return this.file(`${this.listUrl(id)}/export`, { format, signed: signed || null });
  }

  /** The cover letter (tờ trình) as PDF or DOCX; `signed`: the PDF digitally signed. */
  coverLetter(id: string, format: 'pdf' | 'docx', signed = false): Observable<HttpResponse<Blob>> {
    return this.file(`${this.listUrl(id)}/cover-letter`, { format, signed: signed || null });
  }

  /**
   * The decision (quyết định khen thưởng) with its attached list, of a sent or decided list;
   * `signed`: the PDF digitally signed.
   */
  decision(id: string, format: 'pdf' | 'docx', signed = false): Observable<HttpResponse<Blob>> {
    return this.file(`${this.listUrl(id)}/decision`, { format, signed: signed || null });
  }

  /** The certificates of the decided rows, as one PDF. */
  certificates(
    id: string,
    layout: CertificatePrintLayout,
    awardTypeId: string | null,
  ): Observable<HttpResponse<Blob>> {
    return this.file(`${this.listUrl(id)}/certificates`, { layout, awardTypeId });
  }

  /** Starts a background export of a long list; poll `exportJob`. */
  startExport(id: string, kind: ExportKind, format: ExportFormat): Observable<ExportJobResponse> {
    return this.http.post<ExportJobResponse>(`${this.listUrl(id)}/exports`, { kind, format });
  }

  exportJob(jobId: string): Observable<ExportJobResponse> {
    return this.http.get<ExportJobResponse>(
      `${this.baseUrl}/export-jobs/${encodeURIComponent(jobId)}`,
    );
  }

  /** A finished job's file, by the `url` the job gave (same origin). */
  download(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(url, { observe: 'response', responseType: 'blob' });
  }

  /** Nominations of the year (and bloc) that have been voted on: the list's candidates. */
  votedNominations(
    year: number,
    blocId: string | null,
    page = 1,
  ): Observable<Page<NominationListItemResponse>> {
    return this.http.get<Page<NominationListItemResponse>>(`${this.baseUrl}/nominations`, {
      params: toHttpParams({ year, blocId, status: 'voted', page, pageSize: MAX_PAGE_SIZE }),
    });
  }

  /** The blocs of a year, by name. */
  blocs(year: number): Observable<Page<BlocListItemResponse>> {
    return this.http.get<Page<BlocListItemResponse>>(`${this.baseUrl}/blocs`, {
      params: toHttpParams({
        year,
        page: 1,
        pageSize: MAX_PAGE_SIZE,
        sort: 'name',
        isArchived: false,
      }),
    });
  }

  awardTypes(): Observable<AwardTypeResponse[]> {
    return this.http.get<AwardTypeResponse[]>(`${this.baseUrl}/award-types`);
  }

  certificateLayout(awardTypeId: string): Observable<CertificateLayoutResponse> {
    return this.http.get<CertificateLayoutResponse>(this.layoutUrl(awardTypeId));
  }

  saveCertificateLayout(
    awardTypeId: string,
    request: SaveCertificateLayoutRequest,
  ): Observable<CertificateLayoutResponse> {
    return this.http.put<CertificateLayoutResponse>(this.layoutUrl(awardTypeId), request);
  }

  private file(url: string, query: object): Observable<HttpResponse<Blob>> {
    return this.http.get(url, {
      params: toHttpParams(query),
      observe: 'response',
      responseType: 'blob',
    });
  }

  private listUrl(id: string): string {
    return `${this.baseUrl}/award-lists/${encodeURIComponent(id)}`;
  }

  private layoutUrl(awardTypeId: string): string {
    return `${this.baseUrl}/certificate-layouts/${encodeURIComponent(awardTypeId)}`;
  }
}
