import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import type { BlocSummaryResponse } from '@thidua/registry/contracts';

/** The year and bloc pickers of the dashboard and the reports ("every bloc" for the board). */
@Component({
  selector: 'td-scope-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label i18n="@@year">Năm</mat-label>
      <mat-select [ngModel]="year()" (ngModelChange)="yearChange.emit($event)">
        @for (y of years(); track y) {
          <mat-option [value]="y">{{ y }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field subscriptSizing="dynamic" class="wide">
      <mat-label i18n="@@rpBloc">Khối, cụm thi đua</mat-label>
      <mat-select [ngModel]="blocId()" (ngModelChange)="blocChange.emit($event)">
        @if (allowAll()) {
          <mat-option value="" i18n="@@rpAllBlocs">Tất cả khối, cụm</mat-option>
        }
        @for (bloc of blocs(); track bloc.id) {
          <mat-option [value]="bloc.id">{{ bloc.name }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
    .wide {
      min-width: 320px;
    }
  `,
})
export class ScopeFiltersComponent {
  readonly years = input.required<number[]>();
  readonly year = input.required<number>();
  readonly blocId = input.required<string>();
  readonly blocs = input.required<BlocSummaryResponse[]>();
  readonly allowAll = input(false);
  readonly yearChange = output<number>();
  readonly blocChange = output<string>();
}
