import { graphql } from '../../../gql';

/** A step of how JP were computed, with every parameter a step may have. */
export const CreditStepFields = graphql(`
  fragment CreditStepFields on CreditStep {
    code
    jp
    minutes
    minutesPerJp
    value
    days
    sessions
    fit
    month
    cap
    held
    full
    percent
    text
  }
`);
