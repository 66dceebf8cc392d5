import { graphql } from '../../../gql';

export const SessionFields = graphql(`
  fragment SessionFields on GroupSession {
    id
    groupId
    topic
    status
    startsAt
    endsAt
    placeName
    meetingUrl
    needsLocation
    openedAt
    closedAt
    report
    evidenceLinks
    reportFiledAt
    reportAcknowledgedAt
    myAttendance {
      id
      checkInAt
      checkOutAt
      method
      flag
      attendedMinutes
    }
  }
`);

export const AttendanceFields = graphql(`
  fragment AttendanceFields on Attendance {
    id
    sessionId
    checkInAt
    checkOutAt
    method
    manualReason
    flag
    distanceMeters
    attendedMinutes
    employee {
      id
      name
      opdName
    }
  }
`);

export const GroupSessionsQuery = graphql(`
  query GroupSessions($id: ID!) {
    communityGroup(id: $id) {
      id
      status
      mode
      viewer {
        can {
          runSessions
          monitor
          readRoster
        }
      }
      myMembership {
        id
        status
        attendedMinutes
        expectedJp
        creditedJp
      }
      sessions {
        ...SessionFields
      }
    }
  }
`);

export const AttendanceGridQuery = graphql(`
  query AttendanceGrid($id: ID!) {
    communityGroup(id: $id) {
      id
      members {
        id
        status
        result
        score
        notes
        attendedMinutes
        creditedJp
        employee {
          id
          name
          opdName
        }
      }
      sessions {
        id
        topic
        startsAt
        status
        attendances {
          ...AttendanceFields
        }
      }
    }
  }
`);

export const GroupSessionQuery = graphql(`
  query GroupSession($id: ID!) {
    groupSession(id: $id) {
      ...SessionFields
      groupName
      attendances {
        ...AttendanceFields
      }
    }
  }
`);

export const MyOpenGroupSessionsQuery = graphql(`
  query MyOpenGroupSessions {
    myOpenGroupSessions {
      ...SessionFields
      groupName
    }
  }
`);

export const SessionCheckInCodeQuery = graphql(`
  query SessionCheckInCode($sessionId: ID!) {
    sessionCheckInCode(sessionId: $sessionId) {
      sessionId
      code
      shownUntil
      checkInPath
      qrSvg
    }
  }
`);

export const PlanGroupSessionMutation = graphql(`
  mutation PlanGroupSession($input: PlanSessionInput!) {
    planGroupSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const OpenGroupSessionMutation = graphql(`
  mutation OpenGroupSession($input: SessionIdInput!) {
    openGroupSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const CloseGroupSessionMutation = graphql(`
  mutation CloseGroupSession($input: SessionIdInput!) {
    closeGroupSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const CheckInToSessionMutation = graphql(`
  mutation CheckInToSession($input: CheckInInput!) {
    checkInToSession(input: $input) {
      ...AttendanceFields
      sessionTopic
    }
  }
`);

export const CheckOutOfSessionMutation = graphql(`
  mutation CheckOutOfSession($input: CheckInInput!) {
    checkOutOfSession(input: $input) {
      ...AttendanceFields
      sessionTopic
    }
  }
`);

export const FileSessionReportMutation = graphql(`
  mutation FileSessionReport($input: SessionReportInput!) {
    fileSessionReport(input: $input) {
      ...SessionFields
    }
  }
`);

export const AcknowledgeSessionReportMutation = graphql(`
  mutation AcknowledgeSessionReport($input: SessionIdInput!) {
    acknowledgeSessionReport(input: $input) {
      ...SessionFields
    }
  }
`);

export const ProposeMemberResultMutation = graphql(`
  mutation ProposeMemberResult($input: MemberResultInput!) {
    proposeMemberResult(input: $input) {
      id
      result
      score
    }
  }
`);

export const CompleteCommunityGroupMutation = graphql(`
  mutation CompleteCommunityGroup($input: GroupIdInput!) {
    completeCommunityGroup(input: $input) {
      id
      status
      completedAt
    }
  }
`);

export const GroupMonitoringQuery = graphql(`
  query GroupMonitoring($groupId: ID!) {
    groupMonitoring(groupId: $groupId) {
      groupId
      plannedSessions
      heldSessions
      thresholdPercent
      averageAttendanceRate
      attendedJp
      reportsToAcknowledge
      members {
        employee {
          id
          name
          opdName
        }
        sessionsAttended
        attendanceRate
        attendedMinutes
        attendedJp
        flaggedCheckIns
        underThreshold
      }
      flagged {
        ...AttendanceFields
        sessionTopic
        sessionStartsAt
      }
      weeks {
        weekStart
        sessions
        checkIns
        minutes
      }
    }
  }
`);

export const CommunityFundingReportQuery = graphql(`
  query CommunityFundingReport($year: Int!) {
    communityFundingReport(year: $year) {
      year
      sources {
        funding
        groups
        costPerParticipant
        regencyCost
        figures {
          participants
          totalCost
          creditedJp
          costPerJp
        }
      }
      total {
        participants
        totalCost
        creditedJp
        costPerJp
      }
      groups {
        groupId
        name
        status
        funding
        costPerParticipant
        figures {
          participants
          totalCost
          creditedJp
          costPerJp
        }
      }
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      ...AttendanceFields
    }
  }
`);
