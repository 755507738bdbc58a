import { otherLanguageHref } from './language-switch';

describe('otherLanguageHref', () => {
  it('should go from Vietnamese to the English build keeping the path', () => {
    expect(otherLanguageHref('vi', '/admin/users?page=2')).toBe('/en/admin/users?page=2');
    expect(otherLanguageHref('vi', '/')).toBe('/en/');
  });

  it('should go from English back to the Vietnamese build', () => {
    expect(otherLanguageHref('en-US', '/admin/audit-log')).toBe('/admin/audit-log');
  });
});
