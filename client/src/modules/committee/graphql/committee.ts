import { graphql } from '../../../gql';

export const CommitteeReferenceQuery = graphql(`
  query CommitteeReference {
    opds {
      id
      code
      name
    }
    positionTypes {
      code
      name
    }
    competencies(page: { limit: 100 }) {
      items {
        id
        code
        name
        type
      }
    }
  }
`);

export const TalentSearchQuery = graphql(`
  query TalentSearch($input: TalentSearchInput!, $page: PageInput, $sort: TalentSort) {
    talentSearch(input: $input, page: $page, sort: $sort) {
      total
      offset
      limit
      items {
        employee {
          id
          nip
          name
          employeeType
          rank
          opd {
            id
            name
          }
          position {
            id
            name
          }
        }
        competencies {
          competency {
            id
            code
            name
          }
          level
          method
          assessedOn
        }
        jpByYear {
          year
          jp
          targetJp
          reached
        }
      }
    }
  }
`);

export const EmployeeHistoryQuery = graphql(`
  query EmployeeHistory($input: EmployeeHistoryInput!) {
    employeeHistory(input: $input) {
      employee {
        id
        nip
        name
        employeeType
        rank
        opd {
          id
          name
        }
        position {
          id
          name
        }
      }
      events {
        kind
        date
        title
        detail
        status
        jp
        level
        sourceId
      }
      jpByYear {
        year
        jp
        targetJp
        reached
      }
    }
  }
`);
