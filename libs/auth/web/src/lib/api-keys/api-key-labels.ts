import type { ApiKeyScope } from '@thidua/shared/contracts';

/** What a scope lets an integration do, in the build's language. */
export function apiKeyScopeLabel(scope: ApiKeyScope): string {
  switch (scope) {
    case 'registry:read':
      return $localize`:@@apiKeyScopeRegistryRead:Đọc danh mục đơn vị, khối thi đua`;
    case 'awards:read':
      return $localize`:@@apiKeyScopeAwardsRead:Đọc hình thức khen thưởng, hồ sơ đề nghị, lịch sử khen thưởng`;
    case 'nominations:write':
      return $localize`:@@apiKeyScopeNominationsWrite:Tạo, sửa và gửi hồ sơ đề nghị (thay mặt đơn vị)`;
    case 'documents:read':
      return $localize`:@@apiKeyScopeDocumentsRead:Đọc và tải danh sách khen thưởng`;
  }
}
