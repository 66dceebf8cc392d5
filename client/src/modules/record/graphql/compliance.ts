import { graphql } from '../../../gql';

export const OpdComplianceQuery = graphql(`
  query OpdCompliance($input: OpdComplianceInput!) {
    opdCompliance(input: $input) {
      year
      asOf
      targetJp
      pppkMaxJp
      opds {
        opd {
          id
          code
          name
        }
        pns {
          employees
          reached
          percentage
          averageJp
          atRisk
        }
        pppk {
          employees
          reached
          percentage
          averageJp
          atRisk
        }
      }
      total {
        pns {
          employees
          reached
          percentage
          averageJp
          atRisk
        }
        pppk {
          employees
          reached
          percentage
          averageJp
          atRisk
        }
      }
    }
  }
`);

export const OpdComplianceMembersQuery = graphql(`
  query OpdComplianceMembers($input: OpdComplianceMembersInput!) {
    opdComplianceMembers(input: $input) {
      year
      asOf
      opd {
        id
        name
      }
      members {
        employee {
          id
          name
          nip
          employeeType
          position {
            id
            name
          }
        }
        countedJp
        pendingJp
        goalJp
        expectedJp
        reached
        atRisk
        recommendations {
          kind
          id
          title
          jp
          closesLevels
          competencyCodes
        }
      }
    }
  }
`);
