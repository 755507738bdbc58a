import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';

import type { BeneficiaryKind } from '@thidua/awards/contracts';
import type { AwardListOrder } from '@thidua/documents/contracts';
import { WorkingYear } from '@thidua/registry/web';
import {
  CardTableDirective,
  EmptyStateComponent,
  FORM_HELPERS,
  PageHeaderComponent,
} from '@thidua/shared/ui';

import { DOCUMENTS_PATHS, awardListPath } from '../documents.paths';
import { beneficiaryKindLabel, selectableYears, votesLabel } from '../labels';
import { AwardListBuilderStore, type CandidateGroup } from './award-list-builder.store';

/** The default title: "Danh sách đề nghị khen thưởng năm 2025 – Khối các sở". */
export function defaultListTitle(year: number, blocName: string | null): string {
  const title = $localize`:@@alDefaultTitle:Danh sách đề nghị khen thưởng năm ${year}:year:`;
  return blocName ? `${title} – ${blocName}` : title;
}

/** Builds an award list from the nominations of a year and bloc that passed their vote. */
@Component({
  selector: 'td-award-list-builder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    FORM_HELPERS,
    CardTableDirective,
  ],
  templateUrl: './award-list-builder-page.component.html',
  styleUrls: ['../documents-page.scss', './award-list-builder-page.component.scss'],
})
export class AwardListBuilderPageComponent {
  protected readonly store = inject(AwardListBuilderStore);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly paths = DOCUMENTS_PATHS;
  protected readonly years = selectableYears();
  protected readonly kindLabel = beneficiaryKindLabel;
  protected readonly votes = votesLabel;
  protected readonly heading = $localize`:@@alBuilderTitle:Lập danh sách đề nghị khen thưởng`;
  protected readonly subheading = $localize`:@@alBuilderSubtitle:Chọn các đề nghị đã được bỏ phiếu thông qua để đưa vào danh sách gửi tỉnh.`;
  protected readonly form = this.fb.group({
    year: this.fb.control(inject(WorkingYear).year()),
    blocId: this.fb.control<string | null>(null),
    order: this.fb.control<AwardListOrder>('units'),
    title: this.fb.control('', [Validators.required, Validators.maxLength(500)]),
  });

  constructor() {
    void this.changeYear();
  }

  protected async changeYear(): Promise<void> {
    this.form.controls.blocId.setValue(null);
    await this.store.loadBlocs(this.form.controls.year.value);
    await this.changeBloc();
  }

  protected changeBloc(): Promise<void> {
    const { year, blocId } = this.form.getRawValue();
    if (!this.form.controls.title.dirty) {
      const bloc = this.store.blocs().find((item) => item.id === blocId);
      this.form.controls.title.setValue(defaultListTitle(year, bloc?.name ?? null));
    }
    return this.store.loadCandidates(year, blocId);
  }

  protected isGroupSelected(group: CandidateGroup): boolean {
    return group.items.every((item) => this.store.isSelected(item.id));
  }

  protected isGroupPartlySelected(group: CandidateGroup): boolean {
    const count = group.items.filter((item) => this.store.isSelected(item.id)).length;
    return count > 0 && count < group.items.length;
  }

  protected toggleGroup(kind: BeneficiaryKind, selected: boolean): void {
    this.store.toggleGroup(kind, selected);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.store.selectedCount() === 0 || this.store.isSaving()) return;
    const list = await this.store.save(this.form.getRawValue());
    if (list) await this.router.navigateByUrl(awardListPath(list.id));
  }
}
