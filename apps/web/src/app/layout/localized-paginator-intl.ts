import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

import { formatNumberVi } from '@thidua/shared/util';

/** Paginator texts in the build's language; numbers written the vi-VN way (1.234). */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = $localize`:@@paginatorItemsPerPage:Số dòng mỗi trang:`;
  override nextPageLabel = $localize`:@@paginatorNext:Trang sau`;
  override previousPageLabel = $localize`:@@paginatorPrevious:Trang trước`;
  override firstPageLabel = $localize`:@@paginatorFirst:Trang đầu`;
  override lastPageLabel = $localize`:@@paginatorLast:Trang cuối`;

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const total = formatNumberVi(length);
    if (length === 0 || pageSize === 0) {
      return $localize`:@@paginatorRangeEmpty:0 trên ${total}:total:`;
    }
    const start = formatNumberVi(page * pageSize + 1);
    const end = formatNumberVi(Math.min((page + 1) * pageSize, length));
    return $localize`:@@paginatorRange:${start}:start:–${end}:end: trên ${total}:total:`;
  };
}
