import { graphql } from '../../../gql';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
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
  query Accounts($filter: AccountFilter, $page: PageInput) {
    accounts(filter: $filter, page: $page) {
      total
      items {
        ...AccountFields
      }
    }
  }
`);

export const AccountQuery = graphql(`
  query Account($id: ID!) {
    account(id: $id) {
      ...AccountFields
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: ChangeRoleInput!) {
    grantRole(input: $input) {
      ...AccountFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: ChangeRoleInput!) {
    revokeRole(input: $input) {
      ...AccountFields
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      ...AccountFields
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($input: UnlockAccountInput!) {
    unlockAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const IssuePasswordMutation = graphql(`
  mutation IssuePassword($input: IssuePasswordInput!) {
    issuePassword(input: $input) {
      generatedPassword
      user {
        ...AccountFields
      }
    }
  }
`);

export const AccountFiguresQuery = graphql(`
  query AccountFigures {
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
