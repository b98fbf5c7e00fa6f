import { ApiProperty } from '@nestjs/swagger';

/** A colleague an office head may assign a dossier to: who, and the name to show; nothing else of the account. */
export class OfficeColleague {
  @ApiProperty({ format: 'uuid', example: '6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f' }) id: string;
  @ApiProperty({ example: 'Trần Văn Hòa' }) displayName: string;
}

export class OfficeColleagues {
  @ApiProperty({ type: [OfficeColleague] }) items: OfficeColleague[];
}
