import { FormControl, FormGroup } from '@angular/forms';

import { applyFieldErrors, serverError } from './field-errors';

describe('applyFieldErrors', () => {
  function makeForm() {
    return new FormGroup({
      username: new FormControl(''),
      unit: new FormControl<string | null>(null),
      profile: new FormGroup({ email: new FormControl('') }),
    });
  }

  it('should set a server error on the matching control', () => {
    const form = makeForm();
    applyFieldErrors(form, { fieldErrors: { username: ['Tên đã có', 'Quá ngắn'] } });
    expect(form.controls.username.errors).toEqual({ server: 'Tên đã có Quá ngắn' });
    expect(form.controls.username.touched).toBe(true);
    expect(serverError(form.controls.username)).toBe('Tên đã có Quá ngắn');
  });

  it("should show a field error by its code in the page's language, else the server's text", () => {
    const form = makeForm();
    applyFieldErrors(form, {
      fieldErrors: { username: ['Too long (server)'], unit: ['Lạ'] },
      fieldErrorCodes: {
        username: [{ code: 'validation.maxLength', params: { max: 60 } }],
        unit: [{ code: 'future.rule' }],
      },
    });
    expect(serverError(form.controls.username)).toBe('Không quá 60 ký tự.');
    expect(serverError(form.controls.unit)).toBe('Lạ');
  });

  it('should follow dotted paths and aliases', () => {
    const form = makeForm();
    applyFieldErrors(
      form,
      { fieldErrors: { 'profile.email': ['Sai email'], unitId: ['Không có đơn vị'] } },
      { unitId: 'unit' },
    );
    expect(serverError(form.get('profile.email'))).toBe('Sai email');
    expect(serverError(form.controls.unit)).toBe('Không có đơn vị');
  });

  it('should return messages that match no control', () => {
    const form = makeForm();
    const rest = applyFieldErrors(form, { fieldErrors: { other: ['Lỗi khác'] } });
    expect(rest).toEqual(['Lỗi khác']);
  });

  it('should do nothing without field errors', () => {
    const form = makeForm();
    expect(applyFieldErrors(form, null)).toEqual([]);
    expect(form.valid).toBe(true);
    expect(serverError(form.controls.username)).toBeNull();
  });
});
