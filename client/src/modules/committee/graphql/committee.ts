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
          positionSince
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
        certificates
        matchingCertificates
        groupsCompleted
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
        endDate
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

export const PoolPositionsQuery = graphql(`
  query PoolPositions($filter: PositionFilter) {
    positions(filter: $filter) {
      id
      code
      name
      opd {
        id
        name
      }
    }
  }
`);

export const TalentPoolQuery = graphql(`
  query TalentPool($input: TalentPoolInput!) {
    talentPool(input: $input) {
      considered
      position {
        id
        code
        name
      }
      candidates {
        rank
        score
        fitPercent
        employee {
          id
          nip
          name
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
        reasons {
          code
          value
          of
          points
        }
        competencies {
          competency {
            id
            code
            name
          }
          requiredLevel
          currentLevel
          assessedOn
        }
        jpByYear {
          year
          jp
          targetJp
          reached
        }
        rating {
          id
          year
          performance
          potential
          box
        }
      }
    }
  }
`);

export const SavedSearchesQuery = graphql(`
  query SavedSearches {
    savedSearches {
      id
      name
      filterJson
      updatedAt
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
      filterJson
      updatedAt
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        id
        at
        actorName
        action
        subjectType
        subjectId
        purpose
        detailsJson
        employee {
          id
          nip
          name
        }
      }
    }
    auditActions
  }
`);

export const MyRecordViewsQuery = graphql(`
  query MyRecordViews($page: PageInput) {
    myRecordViews(page: $page) {
      total
      offset
      limit
      items {
        id
        at
        actorName
        action
        purpose
      }
    }
  }
`);
