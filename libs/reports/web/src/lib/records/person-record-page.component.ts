import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import { unitRecordPath } from '../reports.paths';
import { AwardRowsComponent } from './award-rows.component';
import { RecordsStore } from './records.store';

/** A person's nominations and awards. */
@Component({
  selector: 'td-person-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatProgressBarModule,
    RouterLink,
    AwardRowsComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  template: `
    @if (store.isLoading()) {
      <mat-progress-bar mode="indeterminate" i18n-aria-label="@@loading" aria-label="Đang tải" />
    }
    @if (store.error(); as error) {
      <td-empty-state
        tone="error"
        icon="block"
        i18n-title="@@rpRecordError"
        title="Không xem được hồ sơ"
        [message]="error.message"
      />
    }
    @if (store.person(); as r) {
      <td-page-header [heading]="r.person.fullName" [subheading]="subheading()" />
      @if (r.person.unit) {
        <p>
          <a [routerLink]="unitPath(r.person.unit.id)">{{ r.person.unit.name }}</a>
        </p>
      }
      <td-award-rows [awards]="r.awards" [nominations]="r.nominations" />
    }
  `,
  styleUrl: '../reports-page.scss',
})
export class PersonRecordPageComponent {
  /** `:id` from the address. */
  readonly id = input.required<string>();

  protected readonly store = inject(RecordsStore);
  protected readonly unitPath = unitRecordPath;
  protected readonly subheading = computed(() => {
    const p = this.store.person()?.person;
    if (!p) return '';
    const born = p.birthYear ? $localize`:@@rpBorn:sinh năm ${p.birthYear}:year:` : '';
    return [p.position, born].filter(Boolean).join(' – ');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.loadPerson(id));
    });
  }
}
