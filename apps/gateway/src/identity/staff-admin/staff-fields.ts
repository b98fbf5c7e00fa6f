import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { STAFF_ROLES } from '@motcua/contracts';
import { UNIT_CODE_PATTERN, UNIT_CODE_RULE } from '../../http/input/patterns';

/** Validation rules shared by the account bodies (create, update). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/;

export const UsernameField = () =>
  applyDecorators(Matches(USERNAME_PATTERN, { message: 'phải có từ 3 đến 64 ký tự gồm chữ cái, chữ số, . _ - (bắt đầu bằng chữ cái hoặc chữ số)' }));
export const DisplayNameField = () => applyDecorators(IsString(), Length(2, 120), Matches(/\S/, { message: 'không được để trống' }));
export const UnitCodeField = () => applyDecorators(Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_RULE }));
export const RolesField = () =>
  applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(STAFF_ROLES.length), ArrayUnique({ message: 'không được lặp lại một vai trò' }), IsIn(STAFF_ROLES, { each: true }));
