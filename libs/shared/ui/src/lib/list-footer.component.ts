import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';

import { EmptyStateComponent } from './empty-state.component';

/** What the footer reads of a paged list's store (every list store of the app has these signals). */
export interface PagedListState {
  status(): string;
  items(): readonly unknown[];
  hasFilters(): boolean;
  total(): number;
  query(): { page?: number; pageSize?: number };
}

/**
 * The foot of a paged list: what it says when it has no rows (no match for the filters, with a way
 * to clear them; or nothing yet) and the paginator. Pages are counted from 1, as in the API.
 * Usage: `<td-list-footer [list]="store" noMatchTitle="…" emptyTitle="…" (clearFilters)="…"
 * (pageChange)="…" />`.
 */
@Component({
  selector: 'td-list-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatPaginatorModule, EmptyStateComponent],
  template: `
    @if (isEmpty()) {
      @if (list().hasFilters()) {
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
      [length]="list().total()"
      [pageIndex]="(list().query().page ?? 1) - 1"
      [pageSize]="list().query().pageSize ?? 20"
      [pageSizeOptions]="pageSizeOptions()"
      (page)="pageChange.emit($event)"
      showFirstLastButtons
    />
  `,
})
export class ListFooterComponent {
  readonly list = input.required<PagedListState>();
  readonly noMatchTitle = input.required<string>();
  readonly noMatchMessage = input<string>(
    $localize`:@@noMatchMessage:Thử từ khóa khác hoặc bỏ bớt bộ lọc.`,
  );
  /** The icon of "nothing yet". */
  readonly icon = input('inbox');
  readonly emptyTitle = input.required<string>();
  readonly emptyMessage = input<string | null>(null);
  readonly pageSizeOptions = input([10, 20, 50, 100]);

  readonly clearFilters = output<void>();
  readonly pageChange = output<PageEvent>();

  /** The list has loaded and has no row (filters in force make it "no match"). */
  protected readonly isEmpty = computed(
    () => this.list().status() === 'idle' && this.list().items().length === 0,
  );
}
