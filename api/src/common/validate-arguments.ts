import { getMetadataStorage, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, getMetadataStorage as getTypeGraphqlMetadata, type ValidatorFn } from 'type-graphql';

/** What type-graphql's own validation passes to class-validator for `validate: { forbidUnknownValues: false }`. */
export const ARGUMENT_VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** Whether class-validator holds any rule for a class (its own or inherited, nested ones included), by class. */
const constrained = new WeakMap<object, boolean>();

/**
 * Whether a class has any validation rule. Metadata is complete once the classes are loaded (the
 * schema is built from them), so the answer is kept per class.
 */
export function hasValidationRules(type: object): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    // `always` takes every rule, whatever its groups, so no rule is missed.
    known = getMetadataStorage().getTargetValidationMetadatas(type as new () => unknown, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

type RuleLookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
const keeping = new WeakSet<object>();

/**
 * class-validator works out the rules of an object's class anew for every object it validates,
 * looking through every class it knows for parents of that class (some 2–3 % of the CPU of a
 * request with an input argument). The rules of a class only change when a rule is added (as
 * classes load), so the list is kept per class and options here, and everything kept is forgotten
 * whenever a rule is added. The lists are read, never changed, by class-validator's validation.
 * Lookups by group are not kept (arguments are validated without groups).
 */
export function keepRuleListsPerClass(storage = getMetadataStorage()): void {
  if (keeping.has(storage)) return;
  keeping.add(storage);
  const lookUp: RuleLookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new WeakMap<object, Map<string, ReturnType<RuleLookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups?.length) return lookUp(target, schema, always, strictGroups, groups);
    let lists = kept.get(target);
    if (!lists) kept.set(target, (lists = new Map()));
    const key = `${schema}|${always}|${strictGroups}`;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = lookUp(target, schema, always, strictGroups, groups)));
    return list;
  };
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    add(metadata);
  };
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * type-graphql's argument validation, without its per-call costs: type-graphql loads class-validator
 * with a `require` on every argument it validates, and class-validator looks through every class it
 * knows for inherited rules on every object. This validates exactly what type-graphql would (input
 * objects and lists of them, with the same options, failing with the same ArgumentValidationError),
 * but skips the call for argument types that have no rule at all (class-validator finds nothing to
 * check on them) and for scalars (which type-graphql does not validate either).
 */
export const validateArguments: ValidatorFn = async (value, type) => {
  if (!isObject(value)) return;
  if (typeof type === 'function' && !hasValidationRules(type)) return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, ARGUMENT_VALIDATOR_OPTIONS)));
    } else {
      await validateOrReject(value, ARGUMENT_VALIDATOR_OPTIONS);
    }
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
};

/**
 * A global `validateFn` replaces type-graphql's validation for every argument, including any
 * argument's own `validate` or `validateFn` setting: none may have one, or it would be ignored.
 */
export function assertNoArgumentValidationSettings(): void {
  const params = (
    getTypeGraphqlMetadata() as unknown as {
      params: { kind: string; validateSettings?: unknown; validateFn?: unknown; target: { name?: string }; methodName: string }[];
    }
  ).params;
  const own = params.filter(
    (p) => (p.kind === 'arg' || p.kind === 'args') && (p.validateSettings !== undefined || p.validateFn !== undefined),
  );
  if (own.length) {
    const names = own.map((p) => `${p.target.name ?? '?'}.${p.methodName}`).join(', ');
    throw new Error(`Arguments with validation settings of their own are not supported (they would be ignored): ${names}`);
  }
}
