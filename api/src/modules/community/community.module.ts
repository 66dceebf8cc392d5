import { defineModule } from '../../common/module';
import { CommunityGroup, GroupCompetency, GroupEvent, GroupMember } from './community-group.entity';
import { CommunityGroupResolver, GroupCompetencyResolver, GroupEventResolver, GroupMemberResolver } from './community.resolver';

export const communityModule = defineModule({
  name: 'community',
  entities: [CommunityGroup, GroupCompetency, GroupMember, GroupEvent],
  resolvers: [CommunityGroupResolver, GroupCompetencyResolver, GroupMemberResolver, GroupEventResolver],
});
