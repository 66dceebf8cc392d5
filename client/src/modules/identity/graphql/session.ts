import { graphql } from '../../../gql';

/*
 * The session's operations, which every page's first chunk carries (the app asks who is logged in
 * before it shows anything); the rest of the module's operations load with its pages.
 */

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
  query Me {
    me {
      ...CurrentUserFields
    }
    viewerCan {
      browseEmployees
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
