import { graphql } from '../../../gql';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    roles
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
