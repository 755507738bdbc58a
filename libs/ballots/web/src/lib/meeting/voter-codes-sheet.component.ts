import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import type { VoterCodeResponse } from '@thidua/ballots/contracts';
import { codeVoteUrl } from '@thidua/ballots/data-access';
import { unitLabel } from '@thidua/ballots/ui';

import { QrCodeComponent } from '../ui/qr-code.component';

/**
 * The one-time voting codes just issued, to print and hand out: for each delegate the name, the
 * unit, the code, and a QR code of the voting page's address.
 */
@Component({
  selector: 'td-voter-codes-sheet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, QrCodeComponent],
  templateUrl: './voter-codes-sheet.component.html',
  styleUrl: './voter-codes-sheet.component.scss',
})
export class VoterCodesSheetComponent {
  readonly codes = input.required<VoterCodeResponse[]>();
  readonly meetingTitle = input.required<string>();
  /** Where the app runs (`location.origin`). */
  readonly origin = input.required<string>();
  readonly closed = output();

  protected readonly unitLabel = unitLabel;
  protected readonly cards = computed(() =>
    this.codes().map((code) => ({ ...code, url: codeVoteUrl(this.origin(), code.code) })),
  );

  protected qrLabel(name: string): string {
    return $localize`:@@blQrLabel:Mã QR mở trang bỏ phiếu của ${name}:NAME:`;
  }

  protected print(): void {
    window.print();
  }
}
