import { registerGroupExists } from '../../common/group-lookup';
import { defineModule } from '../../common/module';
import { seedCommunityDemo } from './community.demo';
import { CommunityGroup, GroupCompetency, GroupEvent, GroupMember } from './community-group.entity';
import { CommunityGroupResolver, GroupCompetencyResolver, GroupEventResolver, GroupMemberResolver } from './community.resolver';
import { Attendance, GroupSession } from './group-session.entity';
import { AttendanceResolver, GroupSessionResolver } from './session.resolver';
import { registerGapRecommender } from '../record/gap-recommenders';
import { recommendGroupsForGaps } from './recommend-groups';

export const communityModule = defineModule({
  name: 'community',
  entities: [CommunityGroup, GroupCompetency, GroupMember, GroupEvent, GroupSession, Attendance],
  resolvers: [
    CommunityGroupResolver,
    GroupCompetencyResolver,
    GroupMemberResolver,
    GroupEventResolver,
    GroupSessionResolver,
    AttendanceResolver,
  ],
  seedDemo: ({ em, clock }) => seedCommunityDemo(em, clock),
  register() {
    registerGapRecommender('community.groups', recommendGroupsForGaps);
    registerGroupExists(async (em, groupId) => (await em.count(CommunityGroup, { id: groupId })) > 0);
  },
});
