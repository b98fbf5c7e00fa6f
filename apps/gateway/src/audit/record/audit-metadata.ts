import { SetMetadata } from '@nestjs/common';

export const NOT_AUDITED_KEY = 'motcua:not-audited';

/** A POST that changes nothing (the public status lookup sends its factor in a body): left out of the audit log. */
export const NotAudited = (): MethodDecorator => SetMetadata(NOT_AUDITED_KEY, true);

/** Methods that never change state; every other method is recorded unless @NotAudited. */
export const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];
