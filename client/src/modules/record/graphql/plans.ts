import { graphql } from '../../../gql';

export const PlanListFields = graphql(`
  fragment PlanListFields on DevelopmentPlan {
    id
    year
    status
    totalJp
    submittedAt
    decidedAt
    updatedAt
    employee {
      id
      nip
      name
      employeeType
      opd {
        id
        name
      }
    }
    targetPosition {
      id
      name
      positionType
    }
  }
`);

export const DevelopmentPlansQuery = graphql(`
  query DevelopmentPlans($filter: PlanFilter, $page: PageInput) {
    developmentPlans(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...PlanListFields
      }
    }
  }
`);

export const PlanDetailFields = graphql(`
  fragment PlanDetailFields on DevelopmentPlan {
    ...PlanListFields
    supervisorComment
    employee {
      position {
        id
        name
      }
    }
    items {
      id
      targetJp
      currentLevel
      targetLevel
      note
      organiser
      plannedMonth
      budget
      competency {
        id
        code
        name
        type
        governmentAffair
        active
      }
      form {
        id
        name
      }
    }
    events {
      id
      action
      actorName
      at
      comment
      totalJp
      items {
        targetJp
        currentLevel
        targetLevel
        note
        competency {
          id
          code
          name
        }
        form {
          id
          name
        }
      }
    }
    viewerCan {
      edit
      decide
    }
  }
`);

export const DevelopmentPlanQuery = graphql(`
  query DevelopmentPlan($id: ID!) {
    developmentPlan(id: $id) {
      ...PlanDetailFields
    }
  }
`);

export const PlanReferenceQuery = graphql(`
  query PlanReference {
    learningForms {
      ...LearningFormFields
    }
    jpRules {
      pnsYearlyTarget
      pppkYearlyMax
    }
  }
`);

export const ProposeDevelopmentPlanMutation = graphql(`
  mutation ProposeDevelopmentPlan($input: ProposePlanInput!) {
    proposeDevelopmentPlan(input: $input) {
      ...PlanDetailFields
    }
  }
`);

export const UpdateDevelopmentPlanMutation = graphql(`
  mutation UpdateDevelopmentPlan($input: UpdatePlanInput!) {
    updateDevelopmentPlan(input: $input) {
      ...PlanDetailFields
    }
  }
`);

export const SubmitDevelopmentPlanMutation = graphql(`
  mutation SubmitDevelopmentPlan($input: SubmitPlanInput!) {
    submitDevelopmentPlan(input: $input) {
      ...PlanDetailFields
    }
  }
`);

export const ApproveDevelopmentPlanMutation = graphql(`
  mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) {
    approveDevelopmentPlan(input: $input) {
      ...PlanDetailFields
    }
  }
`);

export const ReturnDevelopmentPlanMutation = graphql(`
  mutation ReturnDevelopmentPlan($input: ReturnPlanInput!) {
    returnDevelopmentPlan(input: $input) {
      ...PlanDetailFields
    }
  }
`);
