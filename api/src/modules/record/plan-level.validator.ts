import { ValidateBy } from 'class-validator';

/** The level fields of a plan item, as the rules below read them from the item being validated. */
interface LevelledItem {
  competencyId?: string | null;
  currentLevel?: number | null;
  targetLevel?: number | null;
}

const itemOf = (object: object): LevelledItem => object as LevelledItem;

/**
 * A plan item's target level lies above the level held (when that is given), and belongs to the
 * item's competency: reported as `ABOVE_CURRENT_LEVEL` and `COMPETENCY_REQUIRED`.
 */
export function IsTargetLevelOfItem(): PropertyDecorator {
  const above = ValidateBy({
    name: 'ABOVE_CURRENT_LEVEL',
    validator: {
      validate: (value: unknown, args) => {
        const current = args ? itemOf(args.object).currentLevel : null;
        return typeof value !== 'number' || typeof current !== 'number' || value > current;
      },
      defaultMessage: () => 'targetLevel must be above currentLevel',
    },
  });
  const ofCompetency = ValidateBy({
    name: 'COMPETENCY_REQUIRED',
    validator: {
      validate: (_value: unknown, args) => !!args && !!itemOf(args.object).competencyId,
      defaultMessage: () => 'A level belongs to a competency: choose the competency of the item',
    },
  });
  return (target, key) => {
    ofCompetency(target, key);
    above(target, key);
  };
}

/** The level held is given only with the level aimed at: reported as `TARGET_LEVEL_REQUIRED`. */
export function HasTargetLevel(): PropertyDecorator {
  return ValidateBy({
    name: 'TARGET_LEVEL_REQUIRED',
    validator: {
      validate: (_value: unknown, args) => !!args && typeof itemOf(args.object).targetLevel === 'number',
      defaultMessage: () => 'currentLevel is given only with targetLevel',
    },
  });
}
