import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError } from '../../common/errors';
import { hasAtMostOneDecimal } from '@komunitas-pintar/domain';
import { HeldReads, perDatabase } from '../../common/held-reads';
import { Setting } from './setting.entity';
import { settingPolicy } from './setting.policy';
import type { SettingInfo } from './setting.inputs';
import type { JpRules } from './setting.types';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from './settings';

export type Settings = Record<SettingKey, number>;

function describe(key: SettingKey, value: number): SettingInfo {
  const def = SETTING_DEFINITIONS[key];
  return { key, value, defaultValue: def.default, min: def.min, max: def.max, integer: def.integer, description: def.description };
}

/**
 * How long settings read from the database are kept in memory. A change made through this process
 * is seen at once (`forgetSettings`); one made by another process of the same database, within this.
 */
export const SETTINGS_CACHE_MS = 5000;

const settingsOf = perDatabase(() => new HeldReads<'all', Promise<Settings>>(SETTINGS_CACHE_MS));
/** The settings each request (its EntityManager) read first, and in which generation. */
const perRequest = new WeakMap<EntityManager, { generation: number; values: Promise<Settings> }>();

async function loadSettings(em: EntityManager): Promise<Settings> {
  const rows: { key: string; value: string | number }[] = await em
    .getConnection()
    .execute('select key, value from setting', [], 'all', em.getTransactionContext());
  const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default])) as Settings;
  for (const row of rows) if (row.key in values) values[row.key as SettingKey] = Number(row.value);
  return Object.freeze(values);
}

/**
 * All settings, stored values over defaults: the rules other modules apply. Read from the database
 * at most once per `SETTINGS_CACHE_MS` (concurrent callers share one read), and anew after a change.
 */
export async function readSettings(em: EntityManager): Promise<Settings> {
  const held = settingsOf(em);
  const mine = perRequest.get(em);
  if (mine && mine.generation === held.generation) return mine.values;
  const generation = held.generation;
  const values = held.read('all', performance.now(), () => loadSettings(em));
  // One request sees one set of settings from start to end, unless it changes them.
  perRequest.set(em, { generation, values });
  values.catch(() => perRequest.delete(em));
  return values;
}

/** One setting's value (stored, else its default). */
export async function readSetting(em: EntityManager, key: SettingKey): Promise<number> {
  return (await readSettings(em))[key];
}

/** Settings are read anew from the database: call once a change is written. */
export function forgetSettings(em: EntityManager): void {
  settingsOf(em).forget();
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
    if (value < def.min || value > def.max) {
      throw BadInputError.field('value', 'OUT_OF_RANGE', `${key} must be between ${def.min} and ${def.max}`);
    }
    if (def.integer && !Number.isInteger(value)) {
      throw BadInputError.field('value', 'WHOLE_NUMBER', `${key} must be a whole number`);
    }
    if ('jp' in def && def.jp && !hasAtMostOneDecimal(value)) {
      throw BadInputError.field('value', 'JP_ONE_DECIMAL', `${key} is a JP figure: at most one decimal`);
    }
    const setting = await this.em.upsert(Setting, { key, value, updatedAt: this.clock.now() });
    forgetSettings(this.em);
    return describe(key as SettingKey, setting.value);
  }

  /** The JP rules in force, for forms and progress bars: the client computes with these, never with defaults of its own. */
  async jpRules(actor: Actor): Promise<JpRules> {
    assertCan(settingPolicy.read(actor));
    const values = await readSettings(this.em);
    return {
      minutesPerJp: values['jp.minutesPerJp'],
      pnsYearlyTarget: values['jp.pnsYearlyTarget'],
      pppkYearlyMax: values['jp.pppkYearlyMax'],
    };
  }
}
