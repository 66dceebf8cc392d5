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

export const RegencyJpFiguresQuery = graphql(`
  query RegencyJpFigures {
    regencyJpFigures {
      year
      targetJp
      employees
      reached
      behind
      averageJp
      plansWaiting
      opdsFurthestBehind {
        opd {
          id
          name
        }
        employees
        reached
      }
    }
  }
`);
