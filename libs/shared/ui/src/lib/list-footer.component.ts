import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';

import { EmptyStateComponent } from './empty-state.component';

/**
 * The foot of a paged list: what it says when it has no rows (no match for the filters, with a way
 * to clear them; or nothing yet) and the paginator. Pages are counted from 1, as in the API.
 */
@Component({
  selector: 'td-list-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatPaginatorModule, EmptyStateComponent],
  template: `
    @if (isEmpty()) {
      @if (isFiltered()) {
        <td-empty-state icon="search_off" [title]="noMatchTitle()" [message]="noMatchMessage()">
          <button
            mat-stroked-button
            type="button"
            (click)="clearFilters.emit()"
            i18n="@@clearFilters"
          >
            Xóa bộ lọc
          </button>
        </td-empty-state>
      } @else {
        <td-empty-state [icon]="icon()" [title]="emptyTitle()" [message]="emptyMessage()" />
      }
    }
    <mat-paginator
      [length]="total()"
      [pageIndex]="(page() ?? 1) - 1"
      [pageSize]="pageSize() ?? 20"
      [pageSizeOptions]="pageSizeOptions()"
      (page)="pageChange.emit($event)"
      showFirstLastButtons
    />
  `,
})
export class ListFooterComponent {
  /** The list has loaded and has no row. */
  readonly isEmpty = input.required<boolean>();
  /** Filters or a search are in force, so "no match" rather than "nothing yet". */
  readonly isFiltered = input(false);
  readonly noMatchTitle = input.required<string>();
  readonly noMatchMessage = input<string>(
    $localize`:@@noMatchMessage:Thử từ khóa khác hoặc bỏ bớt bộ lọc.`,
  );
  /** The icon of "nothing yet". */
  readonly icon = input('inbox');
  readonly emptyTitle = input.required<string>();
  readonly emptyMessage = input<string | null>(null);
  readonly total = input.required<number>();
  /** 1-based; the first when unset. */
  readonly page = input<number | undefined>(1);
  /** 20 when unset. */
  readonly pageSize = input<number | undefined>(20);
  readonly pageSizeOptions = input([10, 20, 50, 100]);

  readonly clearFilters = output<void>();
  readonly pageChange = output<PageEvent>();
}
