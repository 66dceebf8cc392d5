/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    roles\n    employee {\n      id\n      nip\n      name\n      rank\n      employeeType\n      opd {\n        id\n        code\n        name\n      }\n      position {\n        id\n        name\n        positionType\n      }\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query MeQuery {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeQueryDocument,
    "\n  mutation LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": typeof types.LogoutMutationDocument,
    "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordMutationDocument,
    "\n  query OrganisationReferenceQuery {\n    opds {\n      id\n      code\n      name\n      kind\n    }\n    positionTypes {\n      code\n      name\n      managerial\n    }\n  }\n": typeof types.OrganisationReferenceQueryDocument,
    "\n  query PositionsQuery($filter: PositionFilter) {\n    positions(filter: $filter) {\n      id\n      code\n      name\n      positionType\n      opd {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.PositionsQueryDocument,
    "\n  fragment EmployeeListFields on Employee {\n    id\n    nip\n    name\n    employeeType\n    rank\n    active\n    opd {\n      id\n      code\n      name\n    }\n    position {\n      id\n      name\n      positionType\n    }\n  }\n": typeof types.EmployeeListFieldsFragmentDoc,
    "\n  query EmployeesQuery($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        ...EmployeeListFields\n      }\n    }\n  }\n": typeof types.EmployeesQueryDocument,
    "\n  fragment EmployeeDetailFields on Employee {\n    ...EmployeeListFields\n    email\n    phone\n    gender\n    birthDate\n    appointment\n    createdAt\n    updatedAt\n    viewerCan {\n      update\n    }\n  }\n": typeof types.EmployeeDetailFieldsFragmentDoc,
    "\n  query EmployeeQuery($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeDetailFields\n    }\n  }\n": typeof types.EmployeeQueryDocument,
    "\n  mutation CreateEmployeeMutation($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n": typeof types.CreateEmployeeMutationDocument,
    "\n  mutation UpdateEmployeeMutation($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n": typeof types.UpdateEmployeeMutationDocument,
    "\n  mutation CreateOpdMutation($input: CreateOpdInput!) {\n    createOpd(input: $input) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CreateOpdMutationDocument,
    "\n  mutation CreatePositionMutation($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      name\n      positionType\n    }\n  }\n": typeof types.CreatePositionMutationDocument,
    "\n  mutation ImportEmployeesMutation($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      ok\n      rows\n      created\n      updated\n      errors {\n        line\n        nip\n        field\n        rule\n        message\n      }\n    }\n  }\n": typeof types.ImportEmployeesMutationDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    roles\n    employee {\n      id\n      nip\n      name\n      rank\n      employeeType\n      opd {\n        id\n        code\n        name\n      }\n      position {\n        id\n        name\n        positionType\n      }\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query MeQuery {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeQueryDocument,
    "\n  mutation LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": types.LogoutMutationDocument,
    "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordMutationDocument,
    "\n  query OrganisationReferenceQuery {\n    opds {\n      id\n      code\n      name\n      kind\n    }\n    positionTypes {\n      code\n      name\n      managerial\n    }\n  }\n": types.OrganisationReferenceQueryDocument,
    "\n  query PositionsQuery($filter: PositionFilter) {\n    positions(filter: $filter) {\n      id\n      code\n      name\n      positionType\n      opd {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.PositionsQueryDocument,
    "\n  fragment EmployeeListFields on Employee {\n    id\n    nip\n    name\n    employeeType\n    rank\n    active\n    opd {\n      id\n      code\n      name\n    }\n    position {\n      id\n      name\n      positionType\n    }\n  }\n": types.EmployeeListFieldsFragmentDoc,
    "\n  query EmployeesQuery($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        ...EmployeeListFields\n      }\n    }\n  }\n": types.EmployeesQueryDocument,
    "\n  fragment EmployeeDetailFields on Employee {\n    ...EmployeeListFields\n    email\n    phone\n    gender\n    birthDate\n    appointment\n    createdAt\n    updatedAt\n    viewerCan {\n      update\n    }\n  }\n": types.EmployeeDetailFieldsFragmentDoc,
    "\n  query EmployeeQuery($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeDetailFields\n    }\n  }\n": types.EmployeeQueryDocument,
    "\n  mutation CreateEmployeeMutation($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n": types.CreateEmployeeMutationDocument,
    "\n  mutation UpdateEmployeeMutation($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n": types.UpdateEmployeeMutationDocument,
    "\n  mutation CreateOpdMutation($input: CreateOpdInput!) {\n    createOpd(input: $input) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.CreateOpdMutationDocument,
    "\n  mutation CreatePositionMutation($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      name\n      positionType\n    }\n  }\n": types.CreatePositionMutationDocument,
    "\n  mutation ImportEmployeesMutation($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      ok\n      rows\n      created\n      updated\n      errors {\n        line\n        nip\n        field\n        rule\n        message\n      }\n    }\n  }\n": types.ImportEmployeesMutationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    roles\n    employee {\n      id\n      nip\n      name\n      rank\n      employeeType\n      opd {\n        id\n        code\n        name\n      }\n      position {\n        id\n        name\n        positionType\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    roles\n    employee {\n      id\n      nip\n      name\n      rank\n      employeeType\n      opd {\n        id\n        code\n        name\n      }\n      position {\n        id\n        name\n        positionType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeQuery {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query MeQuery {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMutation($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePasswordMutation($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationReferenceQuery {\n    opds {\n      id\n      code\n      name\n      kind\n    }\n    positionTypes {\n      code\n      name\n      managerial\n    }\n  }\n"): (typeof documents)["\n  query OrganisationReferenceQuery {\n    opds {\n      id\n      code\n      name\n      kind\n    }\n    positionTypes {\n      code\n      name\n      managerial\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsQuery($filter: PositionFilter) {\n    positions(filter: $filter) {\n      id\n      code\n      name\n      positionType\n      opd {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionsQuery($filter: PositionFilter) {\n    positions(filter: $filter) {\n      id\n      code\n      name\n      positionType\n      opd {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeListFields on Employee {\n    id\n    nip\n    name\n    employeeType\n    rank\n    active\n    opd {\n      id\n      code\n      name\n    }\n    position {\n      id\n      name\n      positionType\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeListFields on Employee {\n    id\n    nip\n    name\n    employeeType\n    rank\n    active\n    opd {\n      id\n      code\n      name\n    }\n    position {\n      id\n      name\n      positionType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeesQuery($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        ...EmployeeListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeesQuery($filter: EmployeeFilter, $page: PageInput) {\n    employees(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        ...EmployeeListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeDetailFields on Employee {\n    ...EmployeeListFields\n    email\n    phone\n    gender\n    birthDate\n    appointment\n    createdAt\n    updatedAt\n    viewerCan {\n      update\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeDetailFields on Employee {\n    ...EmployeeListFields\n    email\n    phone\n    gender\n    birthDate\n    appointment\n    createdAt\n    updatedAt\n    viewerCan {\n      update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeQuery($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeDetailFields\n    }\n  }\n"): (typeof documents)["\n  query EmployeeQuery($id: ID!) {\n    employee(id: $id) {\n      ...EmployeeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployeeMutation($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmployeeMutation($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmployeeMutation($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmployeeMutation($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      ...EmployeeDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpdMutation($input: CreateOpdInput!) {\n    createOpd(input: $input) {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOpdMutation($input: CreateOpdInput!) {\n    createOpd(input: $input) {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePositionMutation($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      name\n      positionType\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePositionMutation($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      id\n      code\n      name\n      positionType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEmployeesMutation($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      ok\n      rows\n      created\n      updated\n      errors {\n        line\n        nip\n        field\n        rule\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEmployeesMutation($input: ImportEmployeesInput!) {\n    importEmployees(input: $input) {\n      ok\n      rows\n      created\n      updated\n      errors {\n        line\n        nip\n        field\n        rule\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;