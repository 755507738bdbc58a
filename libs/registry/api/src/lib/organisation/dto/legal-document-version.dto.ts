import { ReadVersion } from '@thidua/shared/api-core';

export class LegalDocumentVersionDto {
  @ReadVersion({ of: 'legal document' })
  version!: number;
}
