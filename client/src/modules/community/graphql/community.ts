import { graphql } from '../../../gql';

export const GroupCardFields = graphql(`
  fragment GroupCardFields on CommunityGroup {
    id
    name
    purpose
    status
    mode
    funding
    joinPolicy
    capacity
    memberCount
    plannedStart
    plannedEnd
    costPerParticipant
    opd {
      id
      name
    }
    groupTrainer {
      id
      name
    }
    competencies {
      level
      competency {
        id
        name
      }
    }
  }
`);

export const CommunityGroupsQuery = graphql(`
  query CommunityGroups($filter: GroupFilter, $page: PageInput) {
    communityGroups(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...GroupCardFields
      }
    }
  }
`);

export const GroupDetailFields = graphql(`
  fragment GroupDetailFields on CommunityGroup {
    ...GroupCardFields
    plannedSessions
    participantSharePercent
    budgetReference
    decisionReason
    completedAt
    groupMonitor {
      id
      name
      opdName
    }
    groupTrainer {
      opdName
    }
    openToOpds {
      id
      name
    }
    viewer {
      roles
      can {
        edit
        propose
        decide
        start
        cancel
        apply
        leave
        addMember
        decideApplications
        readRoster
        runSessions
        monitor
      }
    }
    myMembership {
      id
      status
      result
    }
    materials {
      id
      title
      jpValue
    }
    history {
      id
      action
      reason
      at
      actorName
    }
  }
`);

export const CommunityGroupQuery = graphql(`
  query CommunityGroup($id: ID!) {
    communityGroup(id: $id) {
      ...GroupDetailFields
    }
  }
`);

export const GroupRosterQuery = graphql(`
  query GroupRoster($id: ID!) {
    communityGroup(id: $id) {
      id
      members {
        id
        status
        joinedAt
        result
        score
        employee {
          id
          name
          opdName
        }
      }
    }
  }
`);

export const GroupEmployeesQuery = graphql(`
  query GroupEmployees($search: String) {
    employees(filter: { search: $search, active: true }, page: { offset: 0, limit: 10 }) {
      items {
        id
        name
        nip
        opd {
          id
          name
        }
      }
    }
  }
`);

export const CreateCommunityGroupMutation = graphql(`
  mutation CreateCommunityGroup($input: CreateGroupInput!) {
    createCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const ProposeCommunityGroupMutation = graphql(`
  mutation ProposeCommunityGroup($input: GroupIdInput!) {
    proposeCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const ApproveCommunityGroupMutation = graphql(`
  mutation ApproveCommunityGroup($input: GroupIdInput!) {
    approveCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const ReturnCommunityGroupMutation = graphql(`
  mutation ReturnCommunityGroup($input: GroupReasonInput!) {
    returnCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const StartCommunityGroupMutation = graphql(`
  mutation StartCommunityGroup($input: GroupIdInput!) {
    startCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const CancelCommunityGroupMutation = graphql(`
  mutation CancelCommunityGroup($input: GroupReasonInput!) {
    cancelCommunityGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);

export const ApplyToCommunityGroupMutation = graphql(`
  mutation ApplyToCommunityGroup($input: GroupIdInput!) {
    applyToCommunityGroup(input: $input) {
      id
      status
    }
  }
`);

export const LeaveCommunityGroupMutation = graphql(`
  mutation LeaveCommunityGroup($input: GroupIdInput!) {
    leaveCommunityGroup(input: $input) {
      id
      status
    }
  }
`);

export const DecideGroupApplicationMutation = graphql(`
  mutation DecideGroupApplication($input: DecideApplicationInput!) {
    decideGroupApplication(input: $input) {
      id
      status
    }
  }
`);

export const AddGroupMemberMutation = graphql(`
  mutation AddGroupMember($input: GroupMemberInput!) {
    addGroupMember(input: $input) {
      id
      status
    }
  }
`);

export const GroupMaterialOptionsQuery = graphql(`
  query GroupMaterialOptions($search: String) {
    courseModules(filter: { search: $search }, page: { offset: 0, limit: 20 }) {
      items {
        id
        title
        jpValue
      }
    }
  }
`);
