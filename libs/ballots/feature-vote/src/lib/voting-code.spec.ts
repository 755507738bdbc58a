import { TestBed } from '@angular/core/testing';

import {
  VotingCodeMemory,
  codeFromAddress,
  codeFromFragment,
  normalizeCode,
  takeCodeFromAddress,
} from './voting-code';

describe('the voting code', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({});
  });

  it('should read a code as printed or typed: any case, spaces and dashes left out', () => {
    expect(normalizeCode(' abcd-23 45 ')).toBe('ABCD2345');
    expect(codeFromFragment('code=abcd-2345')).toBe('ABCD2345');
    expect(codeFromFragment('#code=ABCD2345&x=1')).toBe('ABCD2345');
    expect(codeFromFragment('other=1')).toBeNull();
    expect(codeFromFragment(null)).toBeNull();
  });

  it('should take the code from the fragment into memory and leave the address as /vote', () => {
    const history = { replaceState: jest.fn() };
    const memory = TestBed.inject(VotingCodeMemory);
    takeCodeFromAddress(memory, '/vote', { pathname: '/vote', hash: '#code=abcd-2345' }, history);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/vote');
    expect(memory.code()).toBe('ABCD2345');
    expect(sessionStorage.getItem('td-voting-code')).toBe('ABCD2345');
  });

  it('should move an old slip’s /vote/:code into memory, in either language', () => {
    const history = { replaceState: jest.fn() };
    const memory = TestBed.inject(VotingCodeMemory);
    takeCodeFromAddress(memory, '/en/vote', { pathname: '/en/vote/wxyz-6789', hash: '' }, history);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/en/vote');
    expect(memory.code()).toBe('WXYZ6789');
  });

  it('should leave an address without a code as it is', () => {
    const history = { replaceState: jest.fn() };
    const memory = TestBed.inject(VotingCodeMemory);
    takeCodeFromAddress(memory, '/vote', { pathname: '/vote', hash: '' }, history);
    takeCodeFromAddress(memory, '/vote', { pathname: '/vote/verify/x', hash: '' }, history);
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(memory.code()).toBeNull();
    expect(codeFromAddress('/%E0%A4%A', '')).toBeNull();
  });

  it('should forget the code', () => {
    const memory = TestBed.inject(VotingCodeMemory);
    memory.remember('abcd2345');
    memory.forget();
    expect(memory.code()).toBeNull();
    expect(sessionStorage.getItem('td-voting-code')).toBeNull();
  });
});
