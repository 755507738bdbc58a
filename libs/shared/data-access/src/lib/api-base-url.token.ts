import { InjectionToken } from '@angular/core';

/** Where the API lives. Same origin by default, so the session cookie goes along. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api/v1',
});
