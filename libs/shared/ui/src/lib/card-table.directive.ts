import { DestroyRef, Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * A wide table that becomes a list of cards on a phone: `<table mat-table tdCardTable …>` (or a
 * plain `<table tdCardTable>`). Below 600 px each row is a card, each cell a line with its
 * column's name in front (copied from the header into `data-label`, kept up to date as rows
 * come and go), and the actions cell a row of buttons at the card's foot; nothing scrolls
 * sideways. The look lives in `styles/_card-table.scss` (global: rows of `mat-table` are drawn
 * in the page's own scope). A header cell whose only text is `.visually-hidden` labels nothing.
 */
@Directive({
  selector: 'table[tdCardTable]',
  host: { class: 'td-card-table' },
})
export class CardTableDirective {
  constructor() {
    const table = inject<ElementRef<HTMLTableElement>>(ElementRef).nativeElement;
    let observer: MutationObserver | null = null;
    afterNextRender(() => {
      labelCells(table);
      observer = new MutationObserver(() => labelCells(table));
      observer.observe(table, { childList: true, subtree: true });
    });
    inject(DestroyRef).onDestroy(() => observer?.disconnect());
  }
}

/** Puts each header cell's text on the body cells of its column as `data-label`. */
export function labelCells(table: HTMLTableElement): void {
  const header = table.tHead?.rows[0];
  if (!header) return;
  const labels = Array.from(header.cells, headerLabel);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      Array.from(row.cells).forEach((cell, i) => {
        const label = labels[i] ?? '';
        if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      });
    }
  }
}

function headerLabel(cell: HTMLTableCellElement): string {
  const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const hidden = cell.querySelector('.visually-hidden')?.textContent?.replace(/\s+/g, ' ').trim();
  return hidden && hidden === text ? '' : text;
}
