import 'reflect-metadata';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, getMetadataStorage, IsArray, IsBoolean, IsEmail, IsEnum, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength, Validate, ValidateNested, ValidatorConstraint } from 'class-validator';
import { Type } from 'class-transformer';
import type { AppError } from '../errors/app-error';
import * as contracts from '../index';
import { IsIsoDay } from '../values/schedule/schedule-values';
import { IsDay } from '../catalogue/day';
import { NestedObject } from './nested-object';
import { GENERIC_REASON, hasFieldReason } from './field-reasons';
import { validatePayload } from './validate-payload';

enum Kind {
  Counter = 'counter',
  Post = 'post',
}

class Item {
  @IsString() @Length(1, 8) name: string;
}

@ValidatorConstraint({ name: 'isOdd' })
class Odd {
  validate(): boolean {
    return false;
  }
}

class Sample {
  @IsString() @Length(1, 64) username: string;
  @IsOptional() @IsString() @Length(3, 3) code?: string;
  @IsOptional() @MinLength(2) @MaxLength(5) nickname?: string;
  @IsOptional() @IsInt() @Min(1) @Max(9) count?: number;
  @IsOptional() @IsNumber() ratio?: number;
  @IsOptional() @IsIn(['counter', 'post', 'online']) channel?: string;
  @IsOptional() @IsEnum(Kind) kind?: Kind;
  @IsOptional() @IsBoolean() present?: boolean;
  @IsOptional() @IsISO8601() at?: string;
  @IsOptional() @IsIsoDay() day?: string;
  @IsOptional() @IsDay() validFrom?: string;
  @IsOptional() @IsUUID() id?: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @Matches(/^\d+$/) digits?: string;
  @IsOptional() @Matches(/^0\d{9}$/, { message: 'phải là số điện thoại' }) phone?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2) @ArrayUnique() @IsIn(['a', 'b'], { each: true }) tags?: string[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => Item) items?: Item[];
  @IsOptional() @NestedObject(() => Item) main?: Item;
  @IsOptional() @Validate(Odd) odd?: string;
}

const reasons = async (plain: object): Promise<Record<string, string[]>> => {
  const error: AppError = await validatePayload(Sample, { username: 'x', ...plain }).catch((e) => e);
  const byField: Record<string, string[]> = {};
  for (const { field, reason } of error.fields ?? []) (byField[field] ??= []).push(reason);
  return byField;
};

describe('Vietnamese field reasons', () => {
  it('word each constraint without the field name, with the numbers from the decorator', async () => {
    expect(
      await reasons({
        username: '',
        code: 'ab',
        nickname: 'abcdefg',
        count: 0,
        ratio: 'x',
        channel: 'fax',
        kind: 'fax',
        present: 'yes',
        at: 'soon',
        day: '2025-02-30',
        validFrom: '2025-02-30',
        id: '42',
        email: 'a@',
        digits: 'x',
        phone: '123',
      }),
    ).toEqual({
      username: ['phải có từ 1 đến 64 ký tự'],
      code: ['phải có đúng 3 ký tự'],
      nickname: ['không được quá 5 ký tự'],
      count: ['không được nhỏ hơn 1'],
      ratio: ['phải là số'],
      channel: ['phải là một trong: counter, post, online'],
      kind: ['phải là một trong: counter, post'],
      present: ['phải là true hoặc false'],
      at: [expect.stringMatching(/^phải là ngày hoặc thời điểm theo ISO 8601/)],
      day: ['phải là một ngày có thật, viết YYYY-MM-DD'],
      validFrom: ['phải là một ngày có thật'],
      id: ['phải là mã UUID'],
      email: ['phải là địa chỉ e-mail hợp lệ'],
      digits: ['không đúng định dạng'],
      phone: ['phải là số điện thoại'],
    });
    expect(await reasons({ username: 7, nickname: 'a', count: 1.5 })).toEqual({
      username: ['phải có từ 1 đến 64 ký tự', 'phải là chuỗi ký tự'],
      nickname: ['phải có ít nhất 2 ký tự'],
      count: ['phải là số nguyên'],
    });
    expect(await reasons({ count: 10 })).toEqual({ count: ['không được lớn hơn 9'] });
  });

  it('word arrays, their items, nested objects, unknown properties and unknown constraints', async () => {
    expect(await reasons({ tags: [], items: 'x', main: [], isAdmin: true, odd: 'x' })).toEqual({
      tags: ['phải có ít nhất 1 phần tử'],
      items: ['phải là một danh sách', 'phải là một danh sách các đối tượng'],
      main: ['phải là một đối tượng'],
      isAdmin: ['không được có trong yêu cầu'],
      odd: [GENERIC_REASON],
    });
    expect(await reasons({ tags: ['a', 'a', 'c'], items: [{ name: '' }, 5] })).toEqual({
      tags: expect.arrayContaining(['không được quá 2 phần tử', 'không được có phần tử trùng nhau', 'mỗi phần tử phải là một trong: a, b']),
      'items.0.name': ['phải có từ 1 đến 8 ký tự'],
      'items.1': ['phải là một đối tượng hoặc một danh sách'],
    });
  });

  it('cover every rule the contracts use, and every message written in them is Vietnamese', () => {
    expect(Object.keys(contracts).length).toBeGreaterThan(0);
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    const ours = getMetadataStorage()['validationMetadatas'] as Map<Function, { type: string; name?: string; message?: unknown; propertyName: string }[]>;
    const own = [...ours.entries()].filter(([target]) => ![Sample, Item].includes(target as never));
    const unworded = new Set<string>();
    const english: string[] = [];
    for (const [target, metadatas] of own) {
      for (const m of metadatas) {
        const name = m.name ?? m.type;
        if (['isOptional', 'conditionalValidation', 'customValidation', 'nestedValidation'].includes(name)) continue;
        if (typeof m.message === 'string' && !vietnamese.test(m.message)) english.push(`${target.name}.${m.propertyName}: ${m.message}`);
        if (m.message === undefined && !hasFieldReason(name)) unworded.add(name);
      }
    }
    expect(english).toEqual([]);
    expect([...unworded]).toEqual([]);
  });
});
