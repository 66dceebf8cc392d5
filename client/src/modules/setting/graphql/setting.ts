import { graphql } from '../../../gql';

/** A learning form with its credit rule, as the reference page and the plan editor show it. */
export const LearningFormFields = graphql(`
  fragment LearningFormFields on LearningForm {
    id
    name
    delivery
    creditMode
    creditValue
    maxJpPerDay
    maxSessionsPerMonth
    requiresReport
  }
`);

export const ReferenceDataQuery = graphql(`
  query ReferenceData {
    settings {
      key
      value
      defaultValue
      min
      max
      integer
    }
    learningForms {
      ...LearningFormFields
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
  mutation UpdateSetting($input: UpdateSettingInput!) {
    updateSetting(input: $input) {
      key
      value
    }
  }
`);

export const UpdateLearningFormMutation = graphql(`
  mutation UpdateLearningForm($input: UpdateLearningFormInput!) {
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
  mutation SetPositionTypeDefault($input: SetPositionTypeDefaultInput!) {
    setPositionTypeDefault(input: $input) {
      code
      defaultManagerialLevel
    }
  }
`);

export const HolidaysQuery = graphql(`
  query Holidays($input: HolidaysInput!) {
    holidays(input: $input) {
      date
      name
      kind
    }
  }
`);

export const AddHolidayMutation = graphql(`
  mutation AddHoliday($input: AddHolidayInput!) {
    addHoliday(input: $input) {
      date
      name
      kind
    }
  }
`);

export const RemoveHolidayMutation = graphql(`
  mutation RemoveHoliday($input: RemoveHolidayInput!) {
    removeHoliday(input: $input)
  }
`);
