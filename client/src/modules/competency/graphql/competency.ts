import { graphql } from '../../../gql';

export const CompetencyListFields = graphql(`
  fragment CompetencyListFields on Competency {
    id
    code
    name
    type
    governmentAffair
    active
  }
`);

export const CompetencyDetailFields = graphql(`
  fragment CompetencyDetailFields on Competency {
    ...CompetencyListFields
    description
    updatedAt
    levels {
      id
      level
      description
      indicators
    }
  }
`);

export const CompetenciesQuery = graphql(`
  query Competencies($filter: CompetencyFilter, $page: PageInput) {
    competencies(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...CompetencyListFields
      }
    }
  }
`);

export const GovernmentAffairsQuery = graphql(`
  query GovernmentAffairs {
    governmentAffairs
  }
`);

export const CompetencyQuery = graphql(`
  query Competency($id: ID!) {
    competency(id: $id) {
      ...CompetencyDetailFields
      viewerCan {
        edit
      }
    }
  }
`);

export const CreateCompetencyMutation = graphql(`
  mutation CreateCompetency($input: CreateCompetencyInput!) {
    createCompetency(input: $input) {
      ...CompetencyDetailFields
    }
  }
`);

export const UpdateCompetencyMutation = graphql(`
  mutation UpdateCompetency($input: UpdateCompetencyInput!) {
    updateCompetency(input: $input) {
      ...CompetencyDetailFields
    }
  }
`);

export const PositionListFields = graphql(`
  fragment PositionListFields on Position {
    id
    code
    name
    positionType
    governmentAffair
    opd {
      id
      code
      name
    }
  }
`);

export const PositionListQuery = graphql(`
  query PositionList($filter: PositionFilter) {
    positions(filter: $filter) {
      ...PositionListFields
    }
  }
`);

export const PositionDetailFields = graphql(`
  fragment PositionDetailFields on Position {
    ...PositionListFields
    summary
    updatedAt
    standard {
      id
      requiredLevel
      competency {
        ...CompetencyListFields
      }
    }
    requirements {
      education
      experience
      rank
      training {
        name
        rating
      }
    }
  }
`);

export const PositionQuery = graphql(`
  query Position($id: ID!) {
    position(id: $id) {
      ...PositionDetailFields
      viewerCan {
        edit
      }
    }
  }
`);

export const CareerPathsQuery = graphql(`
  query CareerPaths($positionId: ID!) {
    careerPaths(positionId: $positionId) {
      root {
        id
      }
      nodes {
        distance
        position {
          ...PositionListFields
        }
      }
      links {
        id
        note
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
`);

export const SetPositionStandardMutation = graphql(`
  mutation SetPositionStandard($input: SetPositionStandardInput!) {
    setPositionStandard(input: $input) {
      ...PositionDetailFields
    }
  }
`);

export const AddCareerPathMutation = graphql(`
  mutation AddCareerPath($input: AddCareerPathInput!) {
    addCareerPath(input: $input) {
      id
    }
  }
`);

export const RemoveCareerPathMutation = graphql(`
  mutation RemoveCareerPath($input: RemoveCareerPathInput!) {
    removeCareerPath(input: $input)
  }
`);

export const AssessmentFields = graphql(`
  fragment AssessmentFields on CompetencyAssessment {
    id
    level
    method
    assessedOn
    validUntil
    assessorName
    evidence
    evidenceFile {
      id
      name
      url
      size
    }
  }
`);

export const CompetencyGapQuery = graphql(`
  query CompetencyGap($input: CompetencyGapInput!) {
    competencyGap(input: $input) {
      employee {
        id
        nip
        name
        employeeType
        opd {
          id
          name
        }
        position {
          id
          name
          positionType
        }
      }
      position {
        id
        name
        positionType
      }
      viewerCan {
        assess
      }
      summary {
        required
        met
        totalGap
        score
      }
      items {
        requiredLevel
        currentLevel
        gap
        competency {
          ...CompetencyListFields
        }
        evidence {
          ...AssessmentFields
        }
      }
      recommendedModules {
        closesLevels
        competencyCodes
        module {
          ...ModuleCardFields
        }
      }
    }
  }
`);

export const CompetencyProfileQuery = graphql(`
  query CompetencyProfile($employeeId: ID!) {
    competencyProfile(employeeId: $employeeId) {
      items {
        currentLevel
        requiredLevel
        assessmentCount
        competency {
          ...CompetencyListFields
        }
        evidence {
          ...AssessmentFields
        }
      }
    }
  }
`);

export const CompetencyAssessmentsQuery = graphql(`
  query CompetencyAssessments($employeeId: ID!, $competencyId: ID) {
    competencyAssessments(employeeId: $employeeId, competencyId: $competencyId) {
      ...AssessmentFields
    }
  }
`);

export const RecordCompetencyAssessmentMutation = graphql(`
  mutation RecordCompetencyAssessment($input: RecordAssessmentInput!) {
    recordCompetencyAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const CompetencyEvidenceProposalsQuery = graphql(`
  query CompetencyEvidenceProposals($employeeId: ID!) {
    competencyEvidenceProposals(employeeId: $employeeId) {
      id
      level
      method
      sourceId
      sourceTitle
      earnedOn
      status
      viewerCanDecide
      competency {
        id
        code
        name
      }
    }
  }
`);

export const AcceptCompetencyEvidenceMutation = graphql(`
  mutation AcceptCompetencyEvidence($id: ID!) {
    acceptCompetencyEvidence(id: $id) {
      id
      status
      viewerCanDecide
    }
  }
`);

export const DeclineCompetencyEvidenceMutation = graphql(`
  mutation DeclineCompetencyEvidence($id: ID!) {
    declineCompetencyEvidence(id: $id) {
      id
      status
      viewerCanDecide
    }
  }
`);
