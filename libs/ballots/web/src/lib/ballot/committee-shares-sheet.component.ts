import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import type { CommitteeShareResponse } from '@thidua/ballots/contracts';

import { QrCodeComponent } from '../ui/qr-code.component';

/** A share code in groups of four to copy by hand (a code already grouped is left as it is). */
export function shareGroups(code: string): string {
  if (/[\s-]/.test(code)) return code;
  return (code.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The counting committee's key shares of a secret ballot, from its opening: one card per member
 * with the name, the share in large groups and its QR code, to print and hand out at once. The
 * server keeps none of them; the count needs k of the n.
 */
@Component({
  selector: 'td-committee-shares-sheet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, QrCodeComponent],
  templateUrl: './committee-shares-sheet.component.html',
  styleUrls: [
    '../meeting/voter-codes-sheet.component.scss',
    './committee-shares-sheet.component.scss',
  ],
})
export class CommitteeSharesSheetComponent {
  readonly shares = input.required<CommitteeShareResponse[]>();
  readonly ballotTitle = input.required<string>();
  /** k: the shares needed to count. */
  readonly threshold = input.required<number>();
  /** "Ẩn mảnh khóa" (the page asks first). */
  readonly closed = output();

  protected readonly cards = computed(() =>
    this.shares().map((share) => ({ ...share, groups: shareGroups(share.code) })),
  );
  protected readonly size = computed(() => this.shares().length);

  protected qrLabel(member: string): string {
    return $localize`:@@blShareQrLabel:Mã QR mảnh khóa của ${member}:NAME:`;
  }

  protected print(): void {
    window.print();
  }
}
