import { graphql } from '../../../gql';

export const ClaimListFields = graphql(`
  fragment ClaimListFields on LearningClaim {
    id
    status
    title
    organiser
    startDate
    endDate
    jp
    recordStatus
    submittedAt
    decidedAt
    onBehalf
    form {
      id
      name
      creditMode
    }
    employee {
      id
      nip
      name
      opd {
        id
        name
      }
    }
    evidence {
      kind
      file {
        id
        name
        url
        size
      }
    }
    viewerCan {
      edit
      decide
    }
  }
`);

export const ClaimDetailFields = graphql(`
  fragment ClaimDetailFields on LearningClaim {
    ...ClaimListFields
    attendedDates
    hours
    sessionsPerMonth {
      month
      sessions
    }
    international
    funding
    creditSteps {
      ...CreditStepFields
    }
    approvedJp
    decisionReason
    submittedByName
    decidedByName
  }
`);

export const LearningClaimsQuery = graphql(`
  query LearningClaims($filter: ClaimFilter, $page: PageInput) {
    learningClaims(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...ClaimListFields
      }
    }
  }
`);

export const LearningClaimQuery = graphql(`
  query LearningClaim($id: ID!) {
    learningClaim(id: $id) {
      ...ClaimDetailFields
    }
  }
`);

export const ClaimFormsQuery = graphql(`
  query ClaimForms {
    learningForms {
      id
      name
      delivery
      creditMode
      creditValue
      maxJpPerDay
      maxSessionsPerMonth
      requiresReport
    }
  }
`);

export const LearningClaimPreviewQuery = graphql(`
  query LearningClaimPreview($input: LearningClaimInput!, $claimId: ID) {
    learningClaimPreview(input: $input, claimId: $claimId) {
      jp
      sessions
      steps {
        ...CreditStepFields
      }
      approverSetsJp
      requiresReport
      days {
        date
        jp
        sessions
      }
    }
  }
`);

export const CreateLearningClaimMutation = graphql(`
  mutation CreateLearningClaim($input: LearningClaimInput!) {
    createLearningClaim(input: $input) {
      ...ClaimDetailFields
    }
  }
`);

export const UpdateLearningClaimMutation = graphql(`
  mutation UpdateLearningClaim($input: UpdateLearningClaimInput!) {
    updateLearningClaim(input: $input) {
      ...ClaimDetailFields
    }
  }
`);

export const ApproveLearningClaimMutation = graphql(`
  mutation ApproveLearningClaim($input: ApproveClaimInput!) {
    approveLearningClaim(input: $input) {
      ...ClaimDetailFields
    }
  }
`);

export const RejectLearningClaimMutation = graphql(`
  mutation RejectLearningClaim($input: ClaimDecisionInput!) {
    rejectLearningClaim(input: $input) {
      ...ClaimDetailFields
    }
  }
`);

export const ReturnLearningClaimMutation = graphql(`
  mutation ReturnLearningClaim($input: ClaimDecisionInput!) {
    returnLearningClaim(input: $input) {
      ...ClaimDetailFields
    }
  }
`);
