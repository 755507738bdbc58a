import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The frame of a delegate's pages (voting, checking the board): inside the app, a bordered card;
 * full screen for a delegate with a one-time code, with the product's name on a band above the
 * card, which fills the phone's height. Phone first; from 600 px the card floats with margins.
 */
@Component({
  selector: 'td-voter-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    // Attributes, not classes: the light voting app then ships no class-binding code.
    '[attr.data-full-screen]': "fullScreen() ? '' : null",
    '[attr.data-width]': 'width()',
  },
  template: `
    <div class="page" [attr.role]="fullScreen() ? 'main' : null">
      @if (fullScreen()) {
        <header class="brand">
          <span i18n="@@blVoteBrand">Thi đua – Khen thưởng · Bỏ phiếu</span>
        </header>
      }
      <div class="card"><ng-content /></div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    :host([data-full-screen]) {
      min-height: 100dvh;
      background: var(--mat-sys-surface-container-low);
    }
    :host([data-full-screen]) .page {
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
    }
    :host([data-full-screen]) .card {
      flex: 1;
    }
    .page {
      max-width: 560px;
      margin: 0 auto;
    }
    :host([data-width='wide']) .page {
      max-width: 720px;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 12px 16px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-primary);
      background: var(--mat-sys-primary);
    }
    .card {
      padding: 16px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    :host(:not([data-full-screen])) .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    @media (min-width: 600px) {
      :host([data-full-screen]) .page {
        min-height: auto;
        padding: 24px 16px;
      }
      :host([data-full-screen]) .card {
        border-radius: var(--mat-sys-corner-large);
      }
    }
  `,
})
export class VoterFrameComponent {
  /** Without the app's shell: a delegate who came with a one-time code. */
  readonly fullScreen = input(false);
  /** The voting page's narrow column, or the wider one the board's check needs. */
  readonly width = input<'narrow' | 'wide'>('narrow');
}
