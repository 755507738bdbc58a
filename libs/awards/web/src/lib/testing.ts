import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, throwError } from 'rxjs';

import type { NominationResponse } from '@thidua/awards/contracts';

/** An HTTP failure with the API's error body, as the interceptor passes it on. */
export function apiFailure(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Observable<never> {
  return throwError(
    () =>
      new HttpErrorResponse({
        status,
        error: { statusCode: status, code, message, ...extra },
      }),
  );
}

/** A nomination as the API answers, with overrides. */
export function nominationFixture(overrides: Partial<NominationResponse> = {}): NominationResponse {
  return {
    id: 'n1',
    year: 2025,
    award: { id: 'a1', code: 'CTT', name: 'Cờ thi đua của UBND tỉnh', kind: 'regular' },
    beneficiary: {
      kind: 'collective',
      id: 'u1',
      name: 'Sở Tư pháp',
      unit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
    },
    proposingUnit: { id: 'u1', code: 'STP', name: 'Sở Tư pháp', shortName: null },
    bloc: null,
    movement: null,
    summary: 'Dẫn đầu khối.',
    figures: null,
    report: null,
    status: 'draft',
    vote: null,
    returnReason: null,
    decisionNumber: null,
    decisionDate: null,
    overrideReason: null,
    eligibility: [],
    timeline: [],
    allowedActions: ['submit'],
    canEdit: true,
    version: 1,
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}
