import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  VotingCodeMemory,
  codeFromFragment,
  codeFromOldPath,
  normalizeCode,
  takeCodeFromFragment,
} from './voting-code';

@Component({ template: 'vote page' })
class VotePageStub {}

describe('the voting code', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'vote', canActivate: [takeCodeFromFragment], component: VotePageStub },
          { path: 'vote/:code', redirectTo: codeFromOldPath },
        ]),
      ],
    });
  });

  it('should read a code as printed or typed: any case, spaces and dashes left out', () => {
    expect(normalizeCode(' abcd-23 45 ')).toBe('ABCD2345');
    expect(codeFromFragment('code=abcd-2345')).toBe('ABCD2345');
    expect(codeFromFragment('#code=ABCD2345&x=1')).toBe('ABCD2345');
    expect(codeFromFragment('other=1')).toBeNull();
    expect(codeFromFragment(null)).toBeNull();
  });

  it('should take the code from the fragment into memory and leave the address as /vote', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/vote#code=abcd-2345');
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/vote');
    expect(TestBed.inject(VotingCodeMemory).code()).toBe('ABCD2345');
    expect(sessionStorage.getItem('td-voting-code')).toBe('ABCD2345');
    expect(harness.routeNativeElement?.textContent).toContain('vote page');
  });

  it('should move an old slip’s /vote/:code into memory', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/vote/WXYZ6789');
    expect(TestBed.inject(Router).url).toBe('/vote');
    expect(TestBed.inject(VotingCodeMemory).code()).toBe('WXYZ6789');
  });

  it('should forget the code', () => {
    const memory = TestBed.inject(VotingCodeMemory);
    memory.remember('abcd2345');
    memory.forget();
    expect(memory.code()).toBeNull();
    expect(sessionStorage.getItem('td-voting-code')).toBeNull();
  });
});
