import {
  IsInt,
  IsNotEmpty,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { Type } from 'class-transformer';

import { toFieldErrors } from './validation';

class Child {
  @IsInt()
  @Min(1)
  count!: number;
}

class Sample {
  @IsString()
  @IsNotEmpty()
  @MaxLength(5)
  name!: string;

  @ValidateNested()
  @Type(() => Child)
  child!: Child;
}

function errorsFor(value: Partial<Record<keyof Sample, unknown>>) {
  return validateSync(Object.assign(new Sample(), value), { stopAtFirstError: true });
}

describe('toFieldErrors', () => {
  it('should give Vietnamese messages with the constraint arguments', () => {
    const child = Object.assign(new Child(), { count: 0 });
    expect(toFieldErrors(errorsFor({ name: 'quá dài rồi', child }), 'vi')).toEqual({
      name: ['Không quá 5 ký tự.'],
      'child.count': ['Không được nhỏ hơn 1.'],
    });
  });

  it('should give English messages when asked', () => {
    const child = Object.assign(new Child(), { count: 2 });
    expect(toFieldErrors(errorsFor({ name: '', child }), 'en')).toEqual({
      name: ['Must not be empty.'],
    });
  });
});
