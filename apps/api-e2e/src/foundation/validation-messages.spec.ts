import { getMetadataStorage } from 'class-validator';

import { hasValidationMessage } from '@thidua/shared/api-core';

// Loading the app module defines every DTO class of the API, and with it their validation rules.
import '../../../api/src/app/app.module';

describe('validation messages', () => {
  it('should have a Vietnamese and English message for every rule a DTO of the API uses', () => {
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, Array<{ type: string; name?: string }>>;
    };
    const names = new Set<string>();
    for (const list of storage.validationMetadatas.values())
      for (const m of list) if (m.type === 'customValidation' && m.name) names.add(m.name);
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((name) => !hasValidationMessage(name)).sort()).toEqual([]);
  });
});
