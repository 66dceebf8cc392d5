import { graphql } from '../../../gql';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    roles
    mustChangePassword
    employee {
      id
      nip
      name
      rank
      employeeType
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
  }
`);

export const MeQuery = graphql(`
  query MeQuery {
    me {
      ...CurrentUserFields
    }
    viewerCan {
      browseEmployees
    }
  }
`);

export const LoginMutation = graphql(`
  mutation LoginMutation($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePasswordMutation($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const AccountFields = graphql(`
  fragment AccountFields on User {
    id
    username
    displayName
    roles
    grantedRoles
    learns
    active
    locked
    hasPassword
    mustChangePassword
    lastLoginAt
    employee {
      id
      nip
      opd {
        id
        name
      }
    }
    supervisedOpds {
      id
      name
    }
    viewerCan {
      manage
      setActive
      grantableRoles
      revocableRoles
    }
  }
`);

export const AccountsQuery = graphql(`
  query AccountsQuery($filter: AccountFilter, $page: PageInput) {
    accounts(filter: $filter, page: $page) {
      total
      items {
        ...AccountFields
      }
    }
  }
`);

export const AccountQuery = graphql(`
  query AccountQuery($id: ID!) {
    account(id: $id) {
      ...AccountFields
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRoleMutation($input: ChangeRoleInput!) {
    grantRole(input: $input) {
      ...AccountFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRoleMutation($input: ChangeRoleInput!) {
    revokeRole(input: $input) {
      ...AccountFields
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActiveMutation($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      ...AccountFields
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccountMutation($input: UnlockAccountInput!) {
    unlockAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const IssuePasswordMutation = graphql(`
  mutation IssuePasswordMutation($input: IssuePasswordInput!) {
    issuePassword(input: $input) {
      generatedPassword
      user {
        ...AccountFields
      }
    }
  }
`);

export const AccountFiguresQuery = graphql(`
  query AccountFiguresQuery {
    accountFigures {
      total
      active
      disabled
      locked
      noPassword
      mustChangePassword
    }
  }
`);
