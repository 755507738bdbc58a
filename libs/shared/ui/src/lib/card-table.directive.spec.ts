import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { CardTableDirective } from './card-table.directive';

@Component({
  imports: [CardTableDirective],
  template: `
    <table tdCardTable>
      <thead>
        <tr>
          <th scope="col">Đơn vị</th>
          <th scope="col">Chữ ký</th>
          <th scope="col"><span class="visually-hidden">Thao tác</span></th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row) {
          <tr>
            <th scope="row">{{ row }}</th>
            <td>Chưa ký</td>
            <td class="actions-cell"><button type="button">Ký giao ước</button></td>
          </tr>
        }
      </tbody>
    </table>
  `,
})
class HostComponent {
  readonly rows = signal(['Ban Tuyên giáo']);
}

describe('CardTableDirective', () => {
  it('should label each cell with its column, leave the actions unlabelled and follow new rows', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const table = el.querySelector('table') as HTMLTableElement;
    expect(table.classList).toContain('td-card-table');
    const labels = () =>
      Array.from(table.tBodies[0].rows, (row) =>
        Array.from(row.cells, (cell) => cell.getAttribute('data-label')),
      );
    expect(labels()).toEqual([['Đơn vị', 'Chữ ký', '']]);

    fixture.componentInstance.rows.set(['Ban Tuyên giáo', 'Văn phòng Tỉnh ủy']);
    await fixture.whenStable();
    // The observer runs after the DOM change, as a microtask.
    await Promise.resolve();
    expect(labels()).toEqual([
      ['Đơn vị', 'Chữ ký', ''],
      ['Đơn vị', 'Chữ ký', ''],
    ]);
  });
});
