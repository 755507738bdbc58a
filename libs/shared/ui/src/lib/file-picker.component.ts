import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/**
 * Choosing one file, in the page's language: a "Chọn tệp" button and the chosen file's name, in
 * place of the browser's own control (which speaks the browser's language). The file input stays
 * in the page, visually hidden, so its `<label for="inputId">` names it.
 * Usage: `<label for="x">…</label><td-file-picker inputId="x" accept=".pdf" (fileChange)="…" />`.
 */
@Component({
  selector: 'td-file-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule],
  template: `
    <input
      #input
      class="hidden-input"
      type="file"
      tabindex="-1"
      [id]="inputId()"
      [accept]="accept()"
      [disabled]="disabled()"
      [attr.aria-invalid]="invalid() ? 'true' : null"
      [attr.aria-describedby]="describedBy()"
      (change)="choose(input)"
    />
    <button
      mat-stroked-button
      type="button"
      [disabled]="disabled()"
      [attr.aria-describedby]="inputId() + '-name'"
      (click)="input.click()"
    >
      <mat-icon aria-hidden="true">attach_file</mat-icon>
      <span i18n="@@filePickerChoose">Chọn tệp</span>
    </button>
    <span class="name" [class.empty]="!fileName()" [id]="inputId() + '-name'">
      @if (fileName(); as name) {
        {{ name }}
      } @else {
        <ng-container i18n="@@filePickerNone">Chưa chọn tệp</ng-container>
      }
    </span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      max-width: 100%;
    }
    .hidden-input {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .name {
      overflow-wrap: anywhere;
    }
    .name.empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FilePickerComponent {
  /** The file input's id, for its `<label for>`. */
  readonly inputId = input.required<string>();
  readonly accept = input('');
  readonly disabled = input(false);
  readonly invalid = input(false);
  readonly describedBy = input<string | null>(null);
  /** The file chosen, or null when the choice was emptied. */
  readonly fileChange = output<File | null>();

  protected readonly fileName = signal<string | null>(null);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  /** Empties the choice (a file refused, or "choose another file"). */
  clear(): void {
    this.input().nativeElement.value = '';
    this.fileName.set(null);
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.fileName.set(file?.name ?? null);
    this.fileChange.emit(file);
  }
}
