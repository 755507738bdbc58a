import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';

import {
  CERTIFICATE_FIELDS,
  type CertificateField,
  type CertificateLayoutResponse,
} from '@thidua/documents/contracts';

import { fieldBox, pageSizeMm, pxPerMm } from './certificate-preview';

/**
 * A live preview of a certificate layout: the A4 page scaled to the available width, with sample
 * text absolutely positioned by the fields' millimetre values.
 */
@Component({
  selector: 'td-certificate-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="page"
      role="img"
      [attr.aria-label]="label"
      [style.aspect-ratio]="page().width + ' / ' + page().height"
    >
      @for (field of fields(); track field.key) {
        <div
          class="field"
          [attr.data-field]="field.key"
          [style.left.px]="field.box.left"
          [style.top.px]="field.box.top"
          [style.width.px]="field.box.width"
          [style.font-size.px]="field.box.fontSize"
          [style.text-align]="field.align"
          [style.font-weight]="field.bold ? 700 : 400"
          [style.font-style]="field.italic ? 'italic' : 'normal'"
        >
          {{ field.text }}
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      width: 100%;
    }
    .page {
      position: relative;
      width: 100%;
      overflow: hidden;
      border: 1px solid var(--mat-sys-outline);
      background: #fffdf5;
      box-shadow: var(--mat-sys-level1);
      color: #000;
      font-family: 'Times New Roman', Times, serif;
    }
    .field {
      position: absolute;
      line-height: 1.2;
      outline: 1px dashed rgb(0 0 0 / 25%);
      white-space: pre-wrap;
    }
  `,
})
export class CertificatePreviewComponent {
  readonly layout = input.required<Pick<CertificateLayoutResponse, 'orientation' | 'fields'>>();
  /** Sample text per field. */
  readonly samples = input.required<Record<CertificateField, string>>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly boxWidth = signal(0);

  protected readonly label = $localize`:@@clPreviewLabel:Xem trước bằng khen`;
  protected readonly page = computed(() => pageSizeMm(this.layout().orientation));
  protected readonly fields = computed(() => {
    const scale = pxPerMm(this.boxWidth(), this.page().width);
    const layout = this.layout();
    return CERTIFICATE_FIELDS.map((key) => {
      const field = layout.fields[key];
      return {
        key,
        text: this.samples()[key],
        align: field.align,
        bold: !!field.bold,
        italic: !!field.italic,
        box: fieldBox(field, scale),
      };
    });
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.host.nativeElement;
      this.boxWidth.set(element.clientWidth);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => this.boxWidth.set(element.clientWidth));
      observer.observe(element);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
