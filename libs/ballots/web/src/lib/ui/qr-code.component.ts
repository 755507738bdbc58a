import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';

/** Loads the QR encoder only when a page shows a QR code. */
async function qrDataUrl(text: string, size: number): Promise<string> {
  const module = await import('qrcode');
  const qr = module.default ?? module;
  return qr.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' });
}

/** A QR code of a text (an address), drawn in the browser as an image. */
@Component({
  selector: 'td-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (src(); as src) {
      <img [src]="src" [alt]="label()" [width]="size()" [height]="size()" />
    } @else {
      <span class="placeholder" [style.width.px]="size()" [style.height.px]="size()"></span>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
    img {
      image-rendering: pixelated;
    }
    .placeholder {
      display: inline-block;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class QrCodeComponent {
  readonly text = input.required<string>();
  /** The image's accessible name. */
  readonly label = input.required<string>();
  readonly size = input(160);

  protected readonly src = signal<string | null>(null);

  constructor() {
    effect(() => {
      const text = this.text();
      const size = this.size();
      this.src.set(null);
      qrDataUrl(text, size).then(
        (url) => {
          if (this.text() === text) this.src.set(url);
        },
        () => this.src.set(null),
      );
    });
  }
}
