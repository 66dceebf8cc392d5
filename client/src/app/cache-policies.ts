import type { TypePolicies } from '@apollo/client';

/**
 * How the client's cache stores what the server sends.
 *
 * An object without an `id` is stored inside its parent. When two queries on screen select it
 * with different fields (the group page's `viewer { roles can { … } }` and its sessions card's
 * `viewer { can { runSessions … } }`), Apollo by default lets the later answer replace the earlier
 * one: the other query then misses fields, asks the server again, and its answer in turn takes
 * the first query's fields away, so a page can show a mix of old and new answers and send the
 * same request again and again. `merge: true` keeps the fields of both. Which types need it is
 * checked against the client's documents by tests/client/cache-policies.test.ts.
 */
export const typePolicies: TypePolicies = {
  // Reference rows are keyed by their code, not an `id`.
  PositionTypeInfo: { keyFields: ['code'] },
  SettingInfo: { keyFields: ['key'] },
  // Ids unique only inside their parent: an option's id within its question, a question's
  // within an attempt (the same question has other answers in another attempt).
  AttemptQuestion: { keyFields: false },
  AttemptOption: { keyFields: false },
  BankOption: { keyFields: false },
  // Objects without an id that more than one query selects, each with its own fields.
  GroupViewer: { merge: true },
  GroupPermissions: { merge: true },
  ModulePermissions: { merge: true },
  JpRules: { merge: true },
  CompetencyPage: { merge: true },
  EmployeePage: { merge: true },
  CourseModulePage: { merge: true },
};
