import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import type { NumberedKind, OutgoingNumbersQuery } from '@thidua/registry/contracts';
import {
  type ListQueryFields,
  bindListQueryToUrl,
  pagingFields,
  queryField,
} from '@thidua/shared/data-access';
import {
  CardTableDirective,
  EmptyStateComponent,
  ListFooterComponent,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { DEFAULT_OUTGOING_QUERY, OutgoingNumbersStore } from './outgoing-numbers.store';

const URL_FIELDS: ListQueryFields<OutgoingNumbersQuery> = {
  bodyCode: queryField.text,
  year: queryField.int(1900, 9999),
  ...pagingFields(),
};

const KIND_LABELS: Record<NumberedKind, string> = {
  coverLetter: $localize`:@@outgoingKindCoverLetter:Tờ trình`,
  decision: $localize`:@@outgoingKindDecision:Quyết định`,
  minutes: $localize`:@@outgoingKindMinutes:Biên bản`,
};

/**
 * The register of outgoing documents (sổ văn bản đi): every number taken, by issuing body and
 * year; the numbers are taken where a cover letter or decision is numbered.
 */
@Component({
  selector: 'td-outgoing-numbers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    CardTableDirective,
    EmptyStateComponent,
    ListFooterComponent,
    PageHeaderComponent,
  ],
  templateUrl: './outgoing-numbers-page.component.html',
  styleUrl: '../registry-page.scss',
})
export class OutgoingNumbersPageComponent {
  protected readonly store = inject(OutgoingNumbersStore);
  protected readonly columns = ['symbol', 'kind', 'documentDate', 'subject', 'body', 'taken'];
  protected readonly heading = $localize`:@@outgoingTitle:Sổ văn bản đi`;
  protected readonly subheading = $localize`:@@outgoingSubtitle:Số và ký hiệu đã cấp cho tờ trình, quyết định, biên bản, theo cơ quan ban hành và năm. Lấy số tiếp theo ở nơi nhập số của tờ trình hoặc quyết định.`;
  protected readonly bodyFilter = new FormControl('', { nonNullable: true });
  protected readonly yearFilter = new FormControl<number | null>(null, [
    Validators.min(1900),
    Validators.max(9999),
  ]);

  constructor() {
    const query = bindListQueryToUrl({
      fields: URL_FIELDS,
      query: this.store.query,
      defaults: DEFAULT_OUTGOING_QUERY,
    });
    this.bodyFilter.setValue(query.bodyCode ?? '');
    this.yearFilter.setValue(query.year ?? null);
    void this.store.loadBodies();
    void this.store.open(query);
    this.yearFilter.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.applyFilters());
  }

  protected kindLabel(kind: NumberedKind): string {
    return KIND_LABELS[kind];
  }

  protected applyFilters(): Promise<void> {
    const year = this.yearFilter.valid ? this.yearFilter.value : null;
    return this.store.filter({
      bodyCode: this.bodyFilter.value || undefined,
      year: year || undefined,
    });
  }

  protected clearFilters(): Promise<void> {
    this.bodyFilter.setValue('');
    this.yearFilter.setValue(null, { emitEvent: false });
    return this.applyFilters();
  }

  protected goToPage(event: { pageIndex: number; pageSize: number }): Promise<void> {
    return this.store.goToPage(event.pageIndex + 1, event.pageSize);
  }
}
