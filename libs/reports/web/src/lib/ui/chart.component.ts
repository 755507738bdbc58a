import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';

export interface ChartSeries {
  label: string;
  data: number[];
}

/** Theme roles the series take in turn (Material system colours, read at draw time). */
const SERIES_COLOURS = [
  '--mat-sys-primary',
  '--mat-sys-tertiary',
  '--mat-sys-secondary',
  '--mat-sys-error',
];
const FALLBACK_COLOURS = ['#3f51b5', '#a0410d', '#5b6472', '#ba1a1a'];

let chartModule: Promise<typeof import('chart.js')> | null = null;

/** Chart.js is fetched the first time a chart is drawn, so it stays out of the other pages' bundles. */
function loadChartJs(): Promise<typeof import('chart.js')> {
  chartModule ??= import('chart.js').then((m) => {
    m.Chart.register(...m.registerables);
    return m;
  });
  return chartModule;
}

/**
 * A bar or line chart drawn on a canvas (nothing inline, so it runs under the app's CSP). The
 * canvas is one image for screen readers, described by `label`; the page puts the same numbers
 * in a table beside it, which is also what gets printed.
 */
@Component({
  selector: 'td-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="frame">
    <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
  </div>`,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      height: 280px;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
})
export class ChartComponent {
  readonly type = input<'bar' | 'line'>('bar');
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  readonly label = input.required<string>();
  readonly stacked = input(false);
  readonly horizontal = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    afterRenderEffect(() => {
      const config = this.config();
      void this.draw(this.canvas().nativeElement, config);
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private config(): ChartConfiguration {
    const styles = getComputedStyle(document.documentElement);
    const colour = (i: number) =>
      styles.getPropertyValue(SERIES_COLOURS[i % SERIES_COLOURS.length]).trim() ||
      FALLBACK_COLOURS[i % FALLBACK_COLOURS.length];
    const stacked = this.stacked();
    return {
      type: this.type(),
      data: {
        labels: this.labels(),
        datasets: this.series().map((s, i) => ({
          label: s.label,
          data: s.data,
          backgroundColor: colour(i),
          borderColor: colour(i),
          tension: 0.2,
        })),
      },
      options: {
        indexAxis: this.horizontal() ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: 'vi-VN',
        scales: {
          x: { stacked, beginAtZero: true },
          y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  }

  private async draw(canvas: HTMLCanvasElement, config: ChartConfiguration): Promise<void> {
    const { Chart } = await loadChartJs();
    if (this.chart) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
    } else {
      this.chart = new Chart(canvas, config);
    }
  }
}
