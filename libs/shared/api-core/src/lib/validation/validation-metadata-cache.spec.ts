import {
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  getMetadataStorage,
  registerDecorator,
  validate,
  validateSync,
} from 'class-validator';

import { cacheValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: string;
}

class Child extends Base {
  @IsInt()
  count!: number;
}

const VALID_ID = '6f1c2d3e-1111-4222-8333-444455556666';

class Counts {
  @IsInt()
  @Min(0)
  @Max(9)
  conferencesHeld!: number;

  @IsString()
  @IsNotEmpty()
  @Matches(/^[A-Z]+$/)
  @MaxLength(3)
  code!: string;

  @IsUUID()
  @MinLength(36)
  unitId!: string;
}

describe('cacheValidationMetadata', () => {
  const storage = getMetadataStorage();

  beforeAll(() => cacheValidationMetadata());

  it('should answer the same rules as class-validator, inherited ones included, from the second lookup on', () => {
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    const second = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(second).toBe(first);
    expect(first.map((m) => m.propertyName).sort()).toEqual(['count', 'name']);
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toHaveLength(1);
  });

  it('should keep validating as before', async () => {
    const child = Object.assign(new Child(), { name: 5, count: 'x' });
    const errors = await validate(child);
    expect(errors.map((e) => e.property).sort()).toEqual(['count', 'name']);
    const valid = Object.assign(new Child(), { name: 'Lào Cai', count: 3 });
    expect(await validate(valid)).toEqual([]);
  });

  it('should forget what it kept when a rule is added later', async () => {
    const before = storage.getTargetValidationMetadatas(Child, '', false, false);
    registerDecorator({
      target: Child,
      propertyName: 'count',
      validator: { validate: (value: unknown) => typeof value === 'number' && value < 10 },
      constraints: [],
      options: { message: 'too many' },
    });
    const after = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(after).not.toBe(before);
    expect(after).toHaveLength(before.length + 1);
    const errors = await validate(Object.assign(new Child(), { name: 'x', count: 12 }));
    expect(errors[0].constraints).toEqual(
      expect.objectContaining({ customValidation: 'too many' }),
    );
  });

  it('should check what kind of value a field holds before its bounds, so the first error helps', () => {
    const first = (value: object) =>
      validateSync(Object.assign(new Counts(), value), { stopAtFirstError: true }).map(
        (e) => `${e.property}: ${Object.keys(e.constraints ?? {}).join(',')}`,
      );
    expect(first({ conferencesHeld: 'abc', code: 12345, unitId: 'abc' })).toEqual([
      'conferencesHeld: isInt',
      'code: isString',
      'unitId: isUuid',
    ]);
    expect(first({ conferencesHeld: 12, code: 'ABCD', unitId: VALID_ID })).toEqual([
      'conferencesHeld: max',
      'code: maxLength',
    ]);
    expect(first({ conferencesHeld: -1, code: 'AB', unitId: VALID_ID })).toEqual([
      'conferencesHeld: min',
    ]);
    expect(first({ conferencesHeld: 1, code: '', unitId: VALID_ID })).toEqual(['code: isNotEmpty']);
    expect(first({ conferencesHeld: 1, code: 'a1', unitId: VALID_ID })).toEqual(['code: matches']);
  });
});
