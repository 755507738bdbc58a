import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';

import { clearanceStateLabel } from '@thidua/awards/web';
import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';
import { CardTableDirective } from '@thidua/shared/ui';

import { sexLabel, votesLabel } from '../labels';

/** The longest note the server keeps on a row. */
const NOTE_MAX_LENGTH = 500;

export interface RowNoteChange {
  nominationId: string;
  note: string;
}

/**
 * The award list as it is printed: sections I. Tập thể / II. Cá nhân / III. Hộ gia đình, a
 * sub-heading per award, numbered rows. The header is a `thead`, so the printer repeats it on every
 * page. While `editable`, each row has a note field and a remove button.
 */
@Component({
  selector: 'td-award-list-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, CardTableDirective],
  templateUrl: './award-list-table.component.html',
  styleUrl: './award-list-table.component.scss',
})
export class AwardListTableComponent {
  readonly list = input.required<AwardListResponse>();
  readonly editable = input(false);
  readonly disabled = input(false);
  readonly noteChange = output<RowNoteChange>();

  protected readonly noteMaxLength = NOTE_MAX_LENGTH;
  /** The row whose note was refused as too long, and its length. */
  protected readonly overlongNote = signal<{ nominationId: string; length: number } | null>(null);
  readonly rowRemove = output<AwardListRow>();

  protected readonly sex = sexLabel;
  protected readonly votes = votesLabel;
  protected readonly columnCount = computed(() => (this.editable() ? 11 : 10));
  private readonly rejected = computed(() => new Set(this.list().decision?.rejected ?? []));

  /** "Có ý kiến phản đối (Thanh tra tỉnh)"; empty when no office was asked. */
  protected clearanceText(row: AwardListRow): string {
    const c = row.clearance;
    if (c.state === 'none') return '';
    const text = clearanceStateLabel(c.state);
    return c.offices.length ? `${text} (${c.offices.join(', ')})` : text;
  }

  protected isHeld(row: AwardListRow): boolean {
    return row.clearance.state === 'objection' || row.clearance.state === 'overdue';
  }

  protected isRejected(row: AwardListRow): boolean {
    return this.rejected().has(row.nominationId);
  }

  protected changeNote(row: AwardListRow, event: Event): void {
    const note = (event.target as HTMLInputElement).value.trim();
    // An overlong note is not sent (nor cut): it stays in the box with the reason under it.
    const isTooLong = note.length > NOTE_MAX_LENGTH;
    this.overlongNote.set(
      isTooLong ? { nominationId: row.nominationId, length: note.length } : null,
    );
    if (isTooLong) return;
    if (note !== (row.note ?? '')) this.noteChange.emit({ nominationId: row.nominationId, note });
  }

  protected noteLabel(row: AwardListRow): string {
    return $localize`:@@alNoteFor:Ghi chú cho ${row.name}:name:`;
  }

  protected removeLabel(row: AwardListRow): string {
    return $localize`:@@alRemoveRow:Bỏ ${row.name}:name: khỏi danh sách`;
  }
}
