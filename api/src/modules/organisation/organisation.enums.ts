import { registerEnumType } from 'type-graphql';

export enum OpdKind {
  SEKRETARIAT = 'SEKRETARIAT',
  INSPEKTORAT = 'INSPEKTORAT',
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  SATUAN = 'SATUAN',
  RSUD = 'RSUD',
  KECAMATAN = 'KECAMATAN',
  LAINNYA = 'LAINNYA',
}

/** Position types of UU 20/2023: five managerial, two non-managerial. */
export enum PositionType {
  JPT_UTAMA = 'JPT_UTAMA',
  JPT_MADYA = 'JPT_MADYA',
  JPT_PRATAMA = 'JPT_PRATAMA',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PENGAWAS = 'PENGAWAS',
  FUNGSIONAL = 'FUNGSIONAL',
  PELAKSANA = 'PELAKSANA',
}

export enum EmployeeType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(OpdKind, { name: 'OpdKind', description: 'Kind of perangkat daerah' });
registerEnumType(PositionType, { name: 'PositionType', description: 'Jenis jabatan (UU 20/2023)' });
registerEnumType(EmployeeType, { name: 'EmployeeType' });
registerEnumType(Gender, { name: 'Gender' });
