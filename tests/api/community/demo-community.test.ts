import { systemClock } from '../../../api/src/common/dates';
import { seedDemo } from '../../../api/src/db/seed/demo';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { User } from '../../../api/src/modules/identity/user.entity';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { GROUP, GROUPS } from './support';

/** Loading the whole demo regency takes a while on a busy machine. */
jest.setTimeout(180_000);

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
  await seedDemo(t.em(), t.config.seedsDir, systemClock(t.config.timeZone));
});
afterAll(() => t.close());

const actorOf = async (username: string) => toActor(await t.em().findOneOrFail(User, { username }));

describe('demo community groups', () => {
  it('six groups in every state; pelatih trains and pengawas monitors, peserta is in the running one', async () => {
    const admin = await actorOf('admin');
    const statuses: string[] = [];
    for (const status of ['DRAFT', 'PROPOSED', 'APPROVED', 'RUNNING', 'COMPLETED', 'CANCELLED']) {
      const page = await t.gql(GROUPS, { filter: { status } }, admin);
      statuses.push(...page.data!.communityGroups.items.map((g: { status: string }) => g.status));
    }
    expect(statuses.sort()).toEqual(['APPROVED', 'CANCELLED', 'COMPLETED', 'DRAFT', 'PROPOSED', 'RUNNING']);

    const mine = async (username: string) =>
      (await t.gql(GROUPS, { filter: { mine: true } }, await actorOf(username))).data!.communityGroups.items as { id: string; name: string; status: string }[];
    const trained = await mine('pelatih');
    expect(trained.map((g) => g.status).sort()).toEqual(['COMPLETED', 'DRAFT', 'RUNNING']);
    expect((await mine('pengawas')).length).toBe(6);
    const peserta = await actorOf('peserta');
    const own = await mine('peserta');
    expect(own.map((g) => g.status)).toEqual(['RUNNING']);
    const running = (await t.gql(GROUP, { id: own[0].id }, peserta)).data!.communityGroup;
    expect(running).toMatchObject({ viewer: { roles: ['MEMBER'] }, myMembership: { status: 'ACTIVE' }, groupTrainer: { name: 'Indah Pratiwi, S.Kom., M.M.' } });
    // The catalog shows the open groups to a learner, one of them still taking members.
    const catalog = (await t.gql(GROUPS, {}, peserta)).data!.communityGroups.items as { status: string }[];
    expect(catalog.map((g) => g.status).sort()).toEqual(['APPROVED', 'RUNNING']);
  });
});
