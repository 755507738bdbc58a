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

import { hasAtMostPlaces } from '../validation/number.decorators';
import { toFieldErrors, toNfc } from './validation';

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

describe('toNfc', () => {
  it('should turn every nested string into NFC and leave buffers alone', () => {
    const nfd = 'Lào Cai'.normalize('NFD');
    const file = Buffer.from(nfd);
    const out = toNfc({ name: nfd, list: [nfd, 3], nested: { [nfd]: nfd }, file }) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({
      name: 'Lào Cai'.normalize('NFC'),
      list: ['Lào Cai'.normalize('NFC'), 3],
      nested: { ['Lào Cai'.normalize('NFC')]: 'Lào Cai'.normalize('NFC') },
      file,
    });
    expect(out['file']).toBe(file);
  });
});

describe('hasAtMostPlaces', () => {
  it.each([
    [1.5, true],
    [98.75, true],
    [12.345, false],
    [1e-7, false],
    [1e-320, false],
    [3e21, true],
  ])('should say whether %p has at most 2 decimal places: %p', (value, expected) => {
    expect(hasAtMostPlaces(value, 2)).toBe(expected);
  });
});
