import { graphql } from '../../../gql';

export const TeamOverviewQuery = graphql(`
  query TeamOverview {
    teamOverview {
      year
      members
      reached
      behind
      plansWaiting
      opds {
        id
        name
      }
      membersBehind {
        employee {
          id
          name
          opd {
            id
            name
          }
        }
        countedJp
        goalJp
        expectedJp
      }
    }
  }
`);
