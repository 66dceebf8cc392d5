import { graphql } from '../../../gql';

export const MyEvaluationsQuery = graphql(`
  query MyEvaluations {
    myEvaluations {
      items {
        id
        text
      }
      commentMax
      due {
        moduleId
        title
        completedAt
      }
      dueGroups {
        groupId
        title
        completedAt
      }
    }
  }
`);

export const SubmitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      due {
        moduleId
      }
    }
  }
`);

export const SkipEvaluationMutation = graphql(`
  mutation SkipEvaluation($input: EvaluationModuleInput!) {
    skipEvaluation(input: $input) {
      due {
        moduleId
      }
    }
  }
`);

export const EvaluatedModulesQuery = graphql(`
  query EvaluatedModules {
    evaluatedModules {
      moduleId
      code
      title
      responses
    }
  }
`);

export const EvaluationResultsQuery = graphql(`
  query EvaluationResults($moduleId: ID!) {
    evaluationResults(moduleId: $moduleId) {
      moduleId
      title
      responses
      minResponses
      released
      items {
        itemId
        text
        answers
        mean
        distribution
      }
      comments
    }
  }
`);

export const EvaluationTemplateQuery = graphql(`
  query EvaluationTemplate {
    evaluationTemplate {
      items {
        id
        text
      }
      itemsMax
      itemTextMax
    }
  }
`);

export const UpdateEvaluationTemplateMutation = graphql(`
  mutation UpdateEvaluationTemplate($input: EvaluationTemplateInput!) {
    updateEvaluationTemplate(input: $input) {
      items {
        id
        text
      }
      itemsMax
      itemTextMax
    }
  }
`);

export const DueFollowUpsQuery = graphql(`
  query DueFollowUps {
    dueFollowUps {
      months
      openMonths
      noteMax
      items {
        employeeId
        employeeName
        nip
        moduleId
        moduleTitle
        competencies
        completedAt
        dueOn
        closesOn
      }
    }
  }
`);

export const AnswerFollowUpMutation = graphql(`
  mutation AnswerFollowUp($input: AnswerFollowUpInput!) {
    answerFollowUp(input: $input) {
      items {
        employeeId
        moduleId
      }
    }
  }
`);

/** What the viewer has done and may do with a completed group's evaluation. */
export const GroupEvaluationStateFields = graphql(`
  fragment GroupEvaluationStateFields on GroupEvaluation {
    groupId
    evaluated
    viewerCan {
      evaluate
      readResults
    }
  }
`);

export const GroupEvaluationQuery = graphql(`
  query GroupEvaluation($groupId: ID!) {
    groupEvaluation(groupId: $groupId) {
      ...GroupEvaluationStateFields
      title
      items {
        id
        text
      }
      commentMax
    }
  }
`);

export const SubmitGroupEvaluationMutation = graphql(`
  mutation SubmitGroupEvaluation($input: SubmitGroupEvaluationInput!) {
    submitGroupEvaluation(input: $input) {
      ...GroupEvaluationStateFields
    }
  }
`);

export const SkipGroupEvaluationMutation = graphql(`
  mutation SkipGroupEvaluation($input: GroupEvaluationInput!) {
    skipGroupEvaluation(input: $input) {
      ...GroupEvaluationStateFields
    }
  }
`);

export const GroupEvaluationResultsQuery = graphql(`
  query GroupEvaluationResults($groupId: ID!) {
    groupEvaluationResults(groupId: $groupId) {
      groupId
      title
      participants
      responses
      minResponses
      released
      items {
        itemId
        text
        answers
        mean
        distribution
      }
      comments
      learningGain {
        moduleId
        title
        summary {
          learners
          meanPre
          meanPost
          meanAbsoluteGain
          classGain
          meanNormalisedGain
        }
      }
    }
  }
`);
