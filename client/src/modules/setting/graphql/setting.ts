import { graphql } from '../../../gql';

export const ReferenceDataQuery = graphql(`
  query ReferenceDataQuery {
    settings {
      key
      value
      defaultValue
      min
      max
    }
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
    positionTypes {
      code
      name
      managerial
      defaultManagerialLevel
    }
  }
`);

export const UpdateSettingMutation = graphql(`
  mutation UpdateSettingMutation($input: UpdateSettingInput!) {
    updateSetting(input: $input) {
      key
      value
    }
  }
`);

export const UpdateLearningFormMutation = graphql(`
  mutation UpdateLearningFormMutation($input: UpdateLearningFormInput!) {
    updateLearningForm(input: $input) {
      id
      creditMode
      creditValue
      maxJpPerDay
      maxSessionsPerMonth
      requiresReport
    }
  }
`);

export const SetPositionTypeDefaultMutation = graphql(`
  mutation SetPositionTypeDefaultMutation($input: SetPositionTypeDefaultInput!) {
    setPositionTypeDefault(input: $input) {
      code
      defaultManagerialLevel
    }
  }
`);
