import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';

import type { AwardRuleVersion, AwardTypeResponse, Prerequisite } from '@thidua/awards/contracts';
import { CardTableDirective, EmptyStateComponent, PageHeaderComponent } from '@thidua/shared/ui';

import {
  awardCategoryLabel,
  awardKindLabel,
  beneficiaryKindLabel,
  isoToDisplayDate,
  snackClose,
} from '../labels';
import { ballotRuleText, bonusText, prerequisiteText, quotaText } from '../rule-wording';
import { AwardTypeDialogComponent, type AwardTypeDialogData } from './award-type-dialog.component';
import { AwardTypesStore } from './award-types.store';
import {
  RuleVersionDialogComponent,
  type RuleVersionDialogData,
} from './rule-version-dialog.component';

/** The award catalogue (admin): awards, and per award its rule versions. */
@Component({
  selector: 'td-award-types-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
    CardTableDirective,
  ],
  templateUrl: './award-types-page.component.html',
  styleUrls: ['../awards-page.scss', './award-types-page.component.scss'],
})
export class AwardTypesPageComponent {
  protected readonly store = inject(AwardTypesStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly date = isoToDisplayDate;
  protected readonly categoryLabel = awardCategoryLabel;
  protected readonly awardKindLabel = awardKindLabel;
  protected readonly ballotText = ballotRuleText;
  protected readonly bonusText = bonusText;
  protected readonly quotaText = quotaText;
  protected readonly heading = $localize`:@@awTypesTitle:Danh mục khen thưởng`;
  protected readonly subheading = $localize`:@@awTypesSubtitle:Danh hiệu thi đua, hình thức khen thưởng và các quy định theo từng thời kỳ: căn cứ, tiền thưởng, tỷ lệ phiếu bầu, số lượng và điều kiện.`;
  protected readonly columns = [
    'expand',
    'code',
    'name',
    'category',
    'beneficiaryKinds',
    'decidingAuthority',
    'kind',
    'active',
    'actions',
  ];
  protected readonly expanded = signal<string | null>(null);

  constructor() {
    void this.store.load();
  }

  protected kindsText(type: AwardTypeResponse): string {
    return type.beneficiaryKinds.map(beneficiaryKindLabel).join(', ');
  }

  protected prerequisite(p: Prerequisite): string {
    return prerequisiteText(p, this.store.namesByCode());
  }

  protected expandLabel(name: string): string {
    return $localize`:@@awTypeExpand:Quy định của ${name}:name:`;
  }

  protected editLabel(name: string): string {
    return $localize`:@@awTypeEdit:Sửa ${name}:name:`;
  }

  protected editVersionLabel(from: string): string {
    const date = isoToDisplayDate(from);
    return $localize`:@@awVersionEdit:Sửa phiên bản từ ${date}:date:`;
  }

  /** Newest version first. */
  protected versions(type: AwardTypeResponse): AwardRuleVersion[] {
    return [...type.versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  }

  protected toggle(type: AwardTypeResponse): void {
    this.expanded.update((id) => (id === type.id ? null : type.id));
  }

  protected editType(type: AwardTypeResponse | null): void {
    const data: AwardTypeDialogData = {
      type,
      save: (request) => this.store.saveType(request, type),
    };
    this.dialog
      .open<AwardTypeDialogComponent, AwardTypeDialogData, boolean>(AwardTypeDialogComponent, {
        data,
        width: '600px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.saved();
      });
  }

  protected editVersion(type: AwardTypeResponse, version: AwardRuleVersion | null): void {
    const data: RuleVersionDialogData = {
      awardName: type.name,
      version,
      basedOn: version ? null : (this.versions(type)[0] ?? null),
      awards: this.store.types().map(({ code, name }) => ({ code, name })),
      save: (request) => this.store.saveVersion(type.id, request, version?.id ?? null),
    };
    this.dialog
      .open<RuleVersionDialogComponent, RuleVersionDialogData, boolean>(
        RuleVersionDialogComponent,
        { data, width: '720px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.saved();
      });
  }

  private saved(): void {
    this.snackBar.open($localize`:@@awSaved:Đã lưu.`, snackClose(), { duration: 3000 });
  }
}
