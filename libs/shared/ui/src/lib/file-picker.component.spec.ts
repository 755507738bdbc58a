import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { FilePickerComponent } from './file-picker.component';

@Component({
  imports: [FilePickerComponent],
  template: `
    <label for="scan">Bản quét</label>
    <td-file-picker
      inputId="scan"
      accept=".pdf"
      [invalid]="invalid()"
      (fileChange)="chosen.push($event)"
    />
  `,
})
class HostComponent {
  readonly picker = viewChild.required(FilePickerComponent);
  readonly chosen: Array<File | null> = [];
  readonly invalid = signal(false);
}

describe('FilePickerComponent', () => {
  async function open() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async (files: File[]) => {
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    return { fixture, el, input, choose, host: fixture.componentInstance };
  }

  it('should be named by the page’s label and say in Vietnamese that no file is chosen', async () => {
    const { el, input } = await open();
    expect(input.id).toBe('scan');
    expect(input.accept).toBe('.pdf');
    expect(el.querySelector('label')?.htmlFor).toBe('scan');
    expect(el.querySelector('button')?.textContent).toContain('Chọn tệp');
    expect(el.querySelector('#scan-name')?.textContent?.trim()).toBe('Chưa chọn tệp');
  });

  it('should open the browser’s chooser from the button and show the chosen file', async () => {
    const { el, input, choose, host } = await open();
    const click = jest.spyOn(input, 'click').mockImplementation(() => undefined);
    el.querySelector('button')?.click();
    expect(click).toHaveBeenCalled();
    const file = new File(['%PDF'], 'Bản quét giao ước.pdf');
    await choose([file]);
    expect(host.chosen).toEqual([file]);
    expect(el.querySelector('#scan-name')?.textContent?.trim()).toBe('Bản quét giao ước.pdf');
  });

  it('should empty the choice on request', async () => {
    const { el, choose, host, fixture } = await open();
    await choose([new File(['x'], 'a.pdf')]);
    host.picker().clear();
    await fixture.whenStable();
    expect(el.querySelector('#scan-name')?.textContent?.trim()).toBe('Chưa chọn tệp');
  });

  it('should mark the input invalid when the page says so', async () => {
    const { input, host, fixture } = await open();
    host.invalid.set(true);
    await fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
