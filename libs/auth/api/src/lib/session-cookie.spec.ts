import { sessionCookieFlags, sessionHintCookieFlags } from './session-cookie';

describe('sessionCookieFlags', () => {
  it.each([
    ['plain HTTP in development', false, {}, false],
    ['a TLS request', true, {}, true],
    ['production', false, { NODE_ENV: 'production' }, true],
    [
      'production on a plain-HTTP intranet',
      false,
      { NODE_ENV: 'production', COOKIE_SECURE: 'false' },
      false,
    ],
    ['TLS ended by a proxy', false, { COOKIE_SECURE: 'true' }, true],
  ])('should set Secure as it fits %s', (_, isSecure, env, secure) => {
    expect(sessionCookieFlags(isSecure, env)).toEqual({
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
    });
  });
});

describe('sessionHintCookieFlags', () => {
  it('should be the session cookie readable by scripts, Secure alike', () => {
    expect(sessionHintCookieFlags(false, {})).toEqual({
      httpOnly: false,
      sameSite: 'strict',
      secure: false,
      path: '/',
    });
    expect(sessionHintCookieFlags(false, { NODE_ENV: 'production' }).secure).toBe(true);
  });
});
