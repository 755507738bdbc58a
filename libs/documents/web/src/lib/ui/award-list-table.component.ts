import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';

import type { AwardListResponse, AwardListRow } from '@thidua/documents/contracts';

import { sexLabel, votesLabel } from '../labels';

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
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  templateUrl: './award-list-table.component.html',
  styleUrl: './award-list-table.component.scss',
})
export class AwardListTableComponent {
  readonly list = input.required<AwardListResponse>();
  readonly editable = input(false);
  readonly disabled = input(false);
  readonly noteChange = output<RowNoteChange>();
  readonly rowRemove = output<AwardListRow>();

  protected readonly sex = sexLabel;
  protected readonly votes = votesLabel;
  protected readonly columnCount = computed(() => (this.editable() ? 11 : 10));
  private readonly rejected = computed(() => new Set(this.list().decision?.rejected ?? []));

  protected isRejected(row: AwardListRow): boolean {
    return this.rejected().has(row.nominationId);
  }

  protected changeNote(row: AwardListRow, event: Event): void {
    const note = (event.target as HTMLInputElement).value.trim();
    if (note !== (row.note ?? '')) this.noteChange.emit({ nominationId: row.nominationId, note });
  }

  protected noteLabel(row: AwardListRow): string {
    return $localize`:@@alNoteFor:Ghi chú cho ${row.name}:name:`;
  }

  protected removeLabel(row: AwardListRow): string {
    return $localize`:@@alRemoveRow:Bỏ ${row.name}:name: khỏi danh sách`;
  }
}
