import { IsInt, IsString, getMetadataStorage, registerDecorator, validate } from 'class-validator';

import { cacheValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: string;
}

class Child extends Base {
  @IsInt()
  count!: number;
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
});
