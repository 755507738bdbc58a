import { ApiException } from './api.exception';
import { checkVersion } from './check-version';

function outcome(sent: number | undefined, current: number) {
  try {
    checkVersion(sent, current);
    return 'ok';
  } catch (error) {
    const e = error as ApiException;
    return { status: e.getStatus(), code: e.code, fields: e.fieldErrorCodes };
  }
}

describe('checkVersion', () => {
  it('should pass the version that was read', () => {
    expect(outcome(3, 3)).toBe('ok');
  });

  it('should refuse a stale version with 409 common.staleVersion', () => {
    expect(outcome(2, 3)).toEqual({ status: 409, code: 'common.staleVersion', fields: undefined });
  });

  it('should want the version (422 on the field) when it is missing', () => {
    expect(outcome(undefined, 3)).toEqual({
      status: 422,
      code: 'common.validation',
      fields: { version: ['common.versionRequired'] },
    });
  });
});
