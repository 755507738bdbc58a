import { getMetadataStorage } from 'class-validator';

import { hasValidationMessage } from '@thidua/shared/api-core';

// Loading the app module defines every DTO class of the API, and with it their validation rules.
import '../../../api/src/public-api';

interface RuleMetadata {
  type: string;
  name?: string;
  propertyName: string;
  target: { name?: string } | string;
  constraints?: unknown[];
}

function rulesOfTheApi(): RuleMetadata[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, RuleMetadata[]>;
  };
  return [...storage.validationMetadatas.values()].flat();
}

describe('validation messages', () => {
  it('should have a Vietnamese and English message for every rule a DTO of the API uses', () => {
    const names = new Set<string>();
    for (const m of rulesOfTheApi()) if (m.type === 'customValidation' && m.name) names.add(m.name);
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((name) => !hasValidationMessage(name)).sort()).toEqual([]);
  });

  it("should count decimal places with the shared rule only, never class-validator's maxDecimalPlaces (a 500 on 1e-7)", () => {
    const rules = rulesOfTheApi();
    const decimals = rules.filter((m) => m.name === 'maxDecimalPlaces');
    expect(decimals.length).toBeGreaterThanOrEqual(10);
    const own = rules
      .filter((m) => m.name === 'isNumber')
      .filter((m) => (m.constraints?.[0] as { maxDecimalPlaces?: number })?.maxDecimalPlaces)
      .map((m) => `${typeof m.target === 'string' ? m.target : m.target.name}.${m.propertyName}`);
    expect(own).toEqual([]);
  });
});
