import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';

import {
  DayMonthYearDateAdapter,
  fromIsoDate,
  provideDayMonthYearDateAdapter,
  toIsoDate,
} from './day-month-year-date-adapter';

describe('DayMonthYearDateAdapter', () => {
  let adapter: DayMonthYearDateAdapter;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideDayMonthYearDateAdapter()] });
    adapter = TestBed.inject(DateAdapter) as DayMonthYearDateAdapter;
  });

  it('should parse dd/MM/yyyy', () => {
    const date = adapter.parse('04/03/2025', 'dd/MM/yyyy') as Date;
    expect(toIsoDate(date)).toBe('2025-03-04');
  });

  it('should refuse impossible dates', () => {
    expect(adapter.isValid(adapter.parse('31/02/2025', 'dd/MM/yyyy') as Date)).toBe(false);
  });

  it('should format for the input as dd/MM/yyyy', () => {
    expect(adapter.format(new Date(2025, 0, 9), 'dd/MM/yyyy')).toBe('09/01/2025');
  });
});

describe('ISO dates', () => {
  it('should convert dates without a time-zone shift', () => {
    expect(toIsoDate(new Date(2025, 1, 3))).toBe('2025-02-03');
    expect(fromIsoDate('2025-02-03')).toEqual(new Date(2025, 1, 3));
    expect(fromIsoDate('2025-02-03T10:00:00Z')).toEqual(new Date(2025, 1, 3));
    expect(fromIsoDate('03/02/2025')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
  });
});
