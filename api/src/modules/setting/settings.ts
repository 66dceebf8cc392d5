/**
 * Every configurable figure, with its default, its bounds and what it means. `jp`: a figure in JP,
 * kept to one decimal like every JP figure.
 */
export const SETTING_DEFINITIONS = {
  'competency.validityYears': {
    default: 3,
    min: 1,
    max: 10,
    integer: true,
    description: 'Years an assessment of a competency counts as evidence, unless it gives its own end date',
  },
  'plan.jpPerLevelGap': {
    default: 8,
    min: 1,
    max: 80,
    integer: false,
    jp: true,
    description: 'JP a proposed development plan assigns per missing competency level',
  },
  'jp.minutesPerJp': { default: 45, min: 1, max: 120, integer: true, description: 'Minutes of learning in one JP' },
  'jp.pnsYearlyTarget': { default: 20, min: 1, max: 200, integer: false, jp: true, description: 'JP a PNS is owed per calendar year' },
  'jp.pppkYearlyMax': {
    default: 24,
    min: 1,
    max: 200,
    integer: false,
    jp: true,
    description: 'Most JP a PPPK employee is given per contract year',
  },
  'jp.internationalBonusPercent': {
    default: 20,
    min: 0,
    max: 100,
    integer: true,
    description: 'Extra JP, in percent, for an international activity',
  },
  'community.attendanceThresholdPercent': {
    default: 75,
    min: 1,
    max: 100,
    integer: true,
    description: 'Attendance rate, in percent of the sessions held, below which a group member is shown to the group monitor',
  },
} as const;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];
