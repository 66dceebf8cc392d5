import 'reflect-metadata';
import { getMetadataStorage, Max, Min, ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { Role } from '../../../api/src/common/role';
import { PageInput } from '../../../api/src/common/paging';
import {
  assertNoArgumentValidationSettings,
  hasValidationRules,
  keepRuleListsPerClass,
  validateArguments,
} from '../../../api/src/common/validate-arguments';
import { getSchema } from '../../../api/src/schema';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';

class NoRules {
  name = '';
}
class Score {
  @Min(0)
  @Max(10)
  value = 0;
}
class WithNested {
  @ValidateNested()
  score = new Score();
}
class InheritsRules extends Score {
  label = '';
}

const score = (value: number) => Object.assign(new Score(), { value });
const run = async (value: unknown, type: unknown): Promise<void> => validateArguments(value, type as never, {} as never);

describe('argument validation (class-validator on input arguments)', () => {
  it('knows which argument types have rules: their own, nested or inherited', () => {
    expect(hasValidationRules(NoRules)).toBe(false);
    expect(hasValidationRules(Score)).toBe(true);
    expect(hasValidationRules(WithNested)).toBe(true);
    expect(hasValidationRules(InheritsRules)).toBe(true);
    expect(hasValidationRules(PageInput)).toBe(true);
  });

  it('refuses an input object that breaks a rule with type-graphql’s ArgumentValidationError, naming the property', async () => {
    await expect(run(score(5), Score)).resolves.toBeUndefined();
    const error = await run(score(11), Score).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect((error as ArgumentValidationError).extensions.validationErrors).toEqual([
      expect.objectContaining({ property: 'value', constraints: { max: expect.any(String) } }),
    ]);
  });

  it('checks nested and inherited rules, and every item of a list', async () => {
    await expect(run(Object.assign(new WithNested(), { score: score(-1) }), WithNested)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(run(Object.assign(new InheritsRules(), { value: 99 }), InheritsRules)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(run([score(1), score(2)], Score)).resolves.toBeUndefined();
    await expect(run([score(1), null, score(12)], Score)).rejects.toBeInstanceOf(ArgumentValidationError);
  });

  it('passes scalars, missing values and types without rules as they are', async () => {
    await expect(run(undefined, Score)).resolves.toBeUndefined();
    await expect(run(null, Score)).resolves.toBeUndefined();
    await expect(run('text', String)).resolves.toBeUndefined();
    await expect(run(Object.assign(new NoRules(), { name: 'x'.repeat(10_000) }), NoRules)).resolves.toBeUndefined();
    await expect(run(new Date('invalid'), Date)).resolves.toBeUndefined();
  });

  it('keeps the rule list of a class, and forgets it when a rule is added, to a parent too', async () => {
    keepRuleListsPerClass();
    keepRuleListsPerClass(); // a second call changes nothing
    class Grows {
      @Max(10)
      value = 0;
    }
    class GrowsToo extends Grows {}
    const grows = (value: number) => Object.assign(new Grows(), { value });
    const storage = getMetadataStorage();
    const list = storage.getTargetValidationMetadatas(Grows, '', false, false);
    expect(list).toHaveLength(1);
    expect(storage.getTargetValidationMetadatas(Grows, '', false, false)).toBe(list);
    await expect(run(grows(7), Grows)).resolves.toBeUndefined();
    await expect(run(Object.assign(new GrowsToo(), { value: 7 }), GrowsToo)).resolves.toBeUndefined();

    Max(5)(Grows.prototype, 'value');
    expect(storage.getTargetValidationMetadatas(Grows, '', false, false)).toHaveLength(2);
    await expect(run(grows(7), Grows)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(run(Object.assign(new GrowsToo(), { value: 7 }), GrowsToo)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(run(grows(4), Grows)).resolves.toBeUndefined();
  });

  it('no argument of the schema carries validation settings of its own, which a global validation would ignore', () => {
    getSchema();
    expect(() => assertNoArgumentValidationSettings()).not.toThrow();
  });
});

describe('argument validation through the API', () => {
  const EMPLOYEES = 'query Employees($page: PageInput) { employees(page: $page) { total limit } }';
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await setupTestApp();
    admin = await makeUser(t.em(), [Role.ADMIN], { username: 'pengelola' });
  });
  afterAll(() => t.close());

  it('refuses a page out of bounds, named, before and after the same query answered a good page', async () => {
    const bad = { page: { offset: 0, limit: 0 } };
    expect(errorCode(await t.gql(EMPLOYEES, bad, admin.actor))).toBe('BAD_USER_INPUT');
    const good = await t.gql(EMPLOYEES, { page: { offset: 0, limit: 5 } }, admin.actor);
    expect(good.errors).toBeUndefined();
    expect(good.data?.employees.limit).toBe(5);
    const again = await t.gql(EMPLOYEES, bad, admin.actor);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(again).map((f) => f.field)).toEqual(['limit']);
    expect(errorCode(await t.gql(EMPLOYEES, { page: { offset: -1, limit: 5 } }, admin.actor))).toBe('BAD_USER_INPUT');
  });
});
