import { graphql } from '../../../gql';

export const ReferenceQuery = graphql(`
  query OrganisationReference {
    opds {
      id
      code
      name
      kind
    }
    positionTypes {
      code
      name
      managerial
    }
  }
`);

export const EmployeeListFields = graphql(`
  fragment EmployeeListFields on Employee {
    id
    nip
    name
    employeeType
    rank
    active
    opd {
      id
      code
      name
    }
    position {
      id
      name
      positionType
    }
  }
`);

export const EmployeesQuery = graphql(`
  query Employees($filter: EmployeeFilter, $page: PageInput) {
    employees(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...EmployeeListFields
      }
    }
  }
`);

export const EmployeeDetailFields = graphql(`
  fragment EmployeeDetailFields on Employee {
    ...EmployeeListFields
    email
    phone
    gender
    birthDate
    appointment
    createdAt
    updatedAt
    viewerCan {
      update
      readRecords
      correctPlacements
    }
  }
`);

export const EmployeeQuery = graphql(`
  query Employee($id: ID!) {
    employee(id: $id) {
      ...EmployeeDetailFields
      account {
        id
        username
        roles
        lastLoginAt
        supervisedOpds {
          id
          name
        }
      }
    }
  }
`);

export const PositionHistoryQuery = graphql(`
  query PositionHistory($employeeId: ID!) {
    positionHistory(employeeId: $employeeId) {
      id
      fromDate
      toDate
      position {
        id
        name
      }
      opd {
        id
        name
      }
    }
  }
`);

export const CorrectPlacementStartMutation = graphql(`
  mutation CorrectPlacementStart($input: CorrectPlacementStartInput!) {
    correctPlacementStart(input: $input) {
      id
      fromDate
      toDate
    }
  }
`);

export const CreateEmployeeMutation = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      ...EmployeeDetailFields
    }
  }
`);

export const UpdateEmployeeMutation = graphql(`
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      ...EmployeeDetailFields
    }
  }
`);

export const CreateOpdMutation = graphql(`
  mutation CreateOpd($input: CreateOpdInput!) {
    createOpd(input: $input) {
      id
      code
      name
      kind
    }
  }
`);

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      id
      code
      name
      positionType
    }
  }
`);

export const ImportEmployeesMutation = graphql(`
  mutation ImportEmployees($input: ImportEmployeesInput!) {
    importEmployees(input: $input) {
      ok
      rows
      created
      updated
      errors {
        line
        nip
        field
        rule
        message
      }
    }
  }
`);

export const SetSupervisedOpdsMutation = graphql(`
  mutation SetSupervisedOpds($input: SetSupervisedOpdsInput!) {
    setSupervisedOpds(input: $input) {
      id
      supervisedOpds {
        id
        name
      }
    }
  }
`);
