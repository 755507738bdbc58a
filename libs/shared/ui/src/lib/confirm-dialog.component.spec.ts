import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';

import { openConfirmDialog } from './confirm-dialog.component';

@Component({ selector: 'td-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class HostComponent {}

describe('openConfirmDialog', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });

  it('should emit true when the user confirms', async () => {
    const loader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(HostComponent),
    );
    const dialog = TestBed.inject(MatDialog);
    const results: boolean[] = [];
    openConfirmDialog(dialog, {
      title: 'Khóa tài khoản?',
      message: 'Người dùng sẽ không đăng nhập được.',
      confirmLabel: 'Khóa',
    }).subscribe((value) => results.push(value));

    const harness = await loader.getHarness(MatDialogHarness);
    expect(await harness.getTitleText()).toBe('Khóa tài khoản?');
    await (await harness.getHarness(MatButtonHarness.with({ text: 'Khóa' }))).click();
    expect(results).toEqual([true]);
  });

  it('should emit false when the user cancels', async () => {
    const loader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(HostComponent),
    );
    const results: boolean[] = [];
    openConfirmDialog(TestBed.inject(MatDialog), { title: 'T', message: 'M' }).subscribe((v) =>
      results.push(v),
    );
    const harness = await loader.getHarness(MatDialogHarness);
    await (await harness.getHarness(MatButtonHarness.with({ text: 'Hủy' }))).click();
    expect(results).toEqual([false]);
  });
});
