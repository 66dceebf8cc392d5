import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors';
import { hasAtMostOneDecimal } from '@komunitas-pintar/domain';
import { Setting } from './setting.entity';
import type { SettingInfo } from './setting.inputs';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from './settings';

export type Settings = Record<SettingKey, number>;

function describe(key: SettingKey, value: number): SettingInfo {
  const def = SETTING_DEFINITIONS[key];
  return { key, value, defaultValue: def.default, min: def.min, max: def.max, description: def.description };
}

export class SettingService {
  constructor(private readonly em: EntityManager) {}

  /** All settings, stored values over defaults, in one query. */
  async all(): Promise<Settings> {
    const rows = await this.em.find(Setting, {});
    const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default])) as Settings;
    for (const row of rows) if (row.key in values) values[row.key as SettingKey] = row.value;
    return values;
  }

  async get(key: SettingKey): Promise<number> {
    const row = await this.em.findOne(Setting, { key });
    return row?.value ?? SETTING_DEFINITIONS[key].default;
  }

  /** Every setting with its default, bounds and meaning. */
  async describeAll(): Promise<SettingInfo[]> {
    const values = await this.all();
    return SETTING_KEYS.map((k) => describe(k, values[k]));
  }

  async update(key: string, value: number): Promise<SettingInfo> {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      throw BadInputError.field('key', 'UNKNOWN_SETTING', `No setting named ${key}`);
    }
    const def = SETTING_DEFINITIONS[key as SettingKey];
    if (value < def.min || value > def.max || (def.integer && !Number.isInteger(value))) {
      throw BadInputError.field(
        'value',
        'OUT_OF_RANGE',
        `${key} must be ${def.integer ? 'a whole number ' : ''}between ${def.min} and ${def.max}`,
      );
    }
    if ('jp' in def && def.jp && !hasAtMostOneDecimal(value)) {
      throw BadInputError.field('value', 'JP_ONE_DECIMAL', `${key} is a JP figure: at most one decimal`);
    }
    const setting = await this.em.upsert(Setting, { key, value });
    return describe(key as SettingKey, setting.value);
  }
}
