import { randomUUID } from 'node:crypto';
import { Role } from '../../../api/src/modules/identity/role';
import { CourseModule } from '../../../api/src/modules/learning/course-module.entity';
import { ModuleStatus } from '../../../api/src/modules/learning/learning.enums';
import { makeUser, type TestUser } from '../../support/factories';
import { errorCode, fieldErrors, setupTestApp, type TestApp } from '../../support/test-app';
import { groupInput, ok } from './support';

jest.setTimeout(120_000);

let t: TestApp;
let trainer: TestUser;
let monitor: TestUser;
let learner: TestUser;
let published: CourseModule;
let draft: CourseModule;

async function aModule(code: string, status: ModuleStatus): Promise<CourseModule> {
  const em = t.em();
  const m = em.create(CourseModule, {
    moduleKey: randomUUID(),
    version: 1,
    code,
    title: `Modul ${code}`,
    summary: 'Ringkasan',
    form: 16,
    jpValue: 2,
    status,
  });
  await em.flush();
  return m;
}

beforeAll(async () => {
  t = await setupTestApp();
  trainer = await makeUser(t.em(), [Role.TRAINER, Role.LEARNER]);
  monitor = await makeUser(t.em(), [Role.LEARNER]);
  learner = await makeUser(t.em(), [Role.LEARNER]);
  published = await aModule('MATERI-1', ModuleStatus.PUBLISHED);
  draft = await aModule('MATERI-2', ModuleStatus.DRAFT);
});
afterAll(() => t.close());

const CREATE = `mutation Create($input: CreateGroupInput!) { createCommunityGroup(input: $input) { id materials { id title jpValue } } }`;
const UPDATE = `mutation Update($input: UpdateGroupInput!) { updateCommunityGroup(input: $input) { id materials { id } } }`;
const GROUP = `query Group($id: ID!) { communityGroup(id: $id) { materials { id title } } }`;

describe('course modules as group material', () => {
  it('a trainer names published modules as material; drafts, unknown modules and bad ids are refused by field', async () => {
    const input = (ids: string[]) => groupInput(monitor.user.employee!.id, { materialModuleIds: ids });
    expect(errorCode(await t.gql(CREATE, { input: input([published.id]) }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { input: input([published.id]) }, learner.actor))).toBe('FORBIDDEN');
    expect(fieldErrors(await t.gql(CREATE, { input: input(['x']) }, trainer.actor))).toEqual([
      { field: 'materialModuleIds', rule: 'isUuid' },
    ]);
    expect(fieldErrors(await t.gql(CREATE, { input: input([draft.id]) }, trainer.actor))).toEqual([
      { field: 'materialModuleIds', rule: 'NOT_PUBLISHED' },
    ]);
    expect(fieldErrors(await t.gql(CREATE, { input: input([randomUUID()]) }, trainer.actor))).toEqual([
      { field: 'materialModuleIds', rule: 'NOT_FOUND' },
    ]);
    const created = (await ok(t, CREATE, { input: input([published.id]) }, trainer.actor)).createCommunityGroup;
    expect(created.materials).toEqual([{ id: published.id, title: 'Modul MATERI-1', jpValue: 2 }]);
    expect((await ok(t, GROUP, { id: created.id }, trainer.actor)).communityGroup.materials).toEqual([
      { id: published.id, title: 'Modul MATERI-1' },
    ]);
    // Editing the draft can drop the material again.
    expect(
      (await ok(t, UPDATE, { input: { id: created.id, materialModuleIds: [] } }, trainer.actor)).updateCommunityGroup.materials,
    ).toEqual([]);
  });
});
