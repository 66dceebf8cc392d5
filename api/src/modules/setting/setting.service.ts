import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError } from '../../common/errors';
import { hasAtMostOneDecimal } from '@komunitas-pintar/domain';
import { Setting } from './setting.entity';
import { settingPolicy } from './setting.policy';
import type { SettingInfo } from './setting.inputs';
import type { JpRules } from './setting.types';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from './settings';

export type Settings = Record<SettingKey, number>;

function describe(key: SettingKey, value: number): SettingInfo {
  const def = SETTING_DEFINITIONS[key];
  return { key, value, defaultValue: def.default, min: def.min, max: def.max, description: def.description };
}

/** All settings, stored values over defaults, in one query: the rules other modules apply. */
export async function readSettings(em: EntityManager): Promise<Settings> {
  const rows = await em.find(Setting, {});
  const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default])) as Settings;
  for (const row of rows) if (row.key in values) values[row.key as SettingKey] = row.value;
  return values;
}

/** One setting's value (stored, else its default). */
export async function readSetting(em: EntityManager, key: SettingKey): Promise<number> {
  const row = await em.findOne(Setting, { key });
  return row?.value ?? SETTING_DEFINITIONS[key].default;
}

export class SettingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Every setting with its default, bounds and meaning. */
  async describeAll(actor: Actor): Promise<SettingInfo[]> {
    assertCan(settingPolicy.read(actor));
    const values = await readSettings(this.em);
    return SETTING_KEYS.map((k) => describe(k, values[k]));
  }

  async update(actor: Actor, key: string, value: number): Promise<SettingInfo> {
    assertCan(settingPolicy.update(actor), 'Only administrators change settings');
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
    const setting = await this.em.upsert(Setting, { key, value, updatedAt: this.clock.now() });
    return describe(key as SettingKey, setting.value);
  }

  /** The JP rules in force, for forms and progress bars: the client computes with these, never with defaults of its own. */
  async jpRules(actor: Actor): Promise<JpRules> {
    assertCan(settingPolicy.read(actor));
    const values = await readSettings(this.em);
    return { minutesPerJp: values['jp.minutesPerJp'], pnsYearlyTarget: values['jp.pnsYearlyTarget'], pppkYearlyMax: values['jp.pppkYearlyMax'] };
  }
}
