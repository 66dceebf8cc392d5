'use strict';
/**
 * The questions the peers benchmark asks, each written three ways: a GraphQL operation for our
 * API, the same question for PostGraphile 4 (null where it has no equivalent), and one SQL
 * statement for the hand-written server. Each side's answer is mapped to one canonical shape so
 * the harness (and a jest test) can check that all three say the same before anything is timed.
 *
 * CommonJS so that both the harness (ESM) and jest (CommonJS) load it as it is.
 */

const PAGE = 20;

/** The fields of a directory row, as the client's employee list asks for them. */
const EMPLOYEE_ROW = 'id nip name employeeType rank active opd { id code name } position { id name positionType }';
/** The same row in PostGraphile's default names, aliased to ours. */
const PG_EMPLOYEE_ROW =
  'id nip name employeeType rank active opd: opdByOpdId { id code name } position: positionByPositionId { id name positionType }';

const OURS_EMPLOYEES = `query Employees($filter: EmployeeFilter, $page: PageInput) {
  employees(filter: $filter, page: $page) { total offset limit items { ${EMPLOYEE_ROW} } }
}`;
const PG_EMPLOYEES = `query Employees($offset: Int!) {
  allEmployees(first: ${PAGE}, offset: $offset, orderBy: [NAME_ASC, NIP_ASC]) { totalCount nodes { ${PG_EMPLOYEE_ROW} } }
}`;
const PG_EMPLOYEE_SEARCH = `query EmployeeSearch($search: String!) {
  allEmployees(first: ${PAGE}, filter: { name: { includesInsensitive: $search } }, orderBy: [NAME_ASC, NIP_ASC]) {
    totalCount nodes { ${PG_EMPLOYEE_ROW} }
  }
}`;

const OURS_JP = `query JpSummary($input: JpSummaryInput!) {
  jpSummary(input: $input) { year approvedJp pendingJp entries { id title jp startDate endDate status form { name } } }
}`;
const PG_JP = `query JpSummary($employeeId: UUID!, $year: Int!) {
  allLearningRecords(condition: { employeeId: $employeeId, year: $year }, orderBy: [END_DATE_DESC, CREATED_AT_DESC]) {
    nodes { id title jp startDate endDate status form: learningFormByFormId { name } }
  }
}`;

const OURS_GAP = `query CompetencyGap($input: CompetencyGapInput!) {
  competencyGap(input: $input) {
    position { name }
    summary { required met totalGap score }
    items { competency { code name } requiredLevel currentLevel gap evidence { method level assessedOn } }
  }
}`;

/** One directory row as JSON, built by PostgreSQL (`e` employee, `o` its OPD, `p` its position). */
const SQL_EMPLOYEE_ROW = `json_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'employeeType', e.employee_type,
  'rank', e.rank, 'active', e.active, 'opd', json_build_object('id', o.id, 'code', o.code, 'name', o.name),
  'position', case when p.id is null then null else json_build_object('id', p.id, 'name', p.name, 'positionType', p.position_type) end)`;

/**
 * The hand-written server's statements, by name: each answers one question completely, its JSON
 * built by PostgreSQL, so the server only passes text through.
 */
const STATEMENTS = {
  // $1 offset, $2 limit
  directory: `select json_build_object(
      'total', (select count(*) from employee),
      'items', coalesce(json_agg(${SQL_EMPLOYEE_ROW} order by e.name, e.nip), '[]'))::text as answer
    from (select * from employee order by name, nip offset $1 limit $2) e
    join opd o on o.id = e.opd_id left join position p on p.id = e.position_id`,
  // $1 ilike pattern, $2 limit
  search: `select json_build_object(
      'total', (select count(*) from employee where name ilike $1),
      'items', coalesce(json_agg(${SQL_EMPLOYEE_ROW} order by e.name, e.nip), '[]'))::text as answer
    from (select * from employee where name ilike $1 order by name, nip limit $2) e
    join opd o on o.id = e.opd_id left join position p on p.id = e.position_id`,
  // $1 employee id, $2 year: a PNS's records of a calendar year (the benchmark's learner is a PNS)
  jp: `select json_build_object(
      'approvedJp', coalesce(sum(r.jp) filter (where r.status = 'APPROVED'), 0),
      'pendingJp', coalesce(sum(r.jp) filter (where r.status = 'PENDING'), 0),
      'entries', coalesce(json_agg(json_build_object('id', r.id, 'title', r.title, 'jp', r.jp, 'startDate', r.start_date,
        'endDate', r.end_date, 'status', r.status, 'form', json_build_object('name', f.name))
        order by r.end_date desc, r.created_at desc), '[]'))::text as answer
    from learning_record r join learning_form f on f.id = r.form_id
    where r.employee_id = $1 and r.year = $2`,
  // $1 employee id, $2 time zone deciding "today": the gap to the current position's standard
  gap: `with emp as (select e.id, e.position_id from employee e where e.id = $1),
    evidence as (
      select distinct on (a.competency_id) a.competency_id, a.level, a.method, a.assessed_on
        from competency_assessment a join emp on a.employee_id = emp.id
       where a.valid_until >= (now() at time zone $2)::date
       order by a.competency_id,
         array_position(array['ASSESSMENT_CENTER','CERTIFICATE','TRAINER','SUPERVISOR','SELF'], a.method),
         a.assessed_on desc, a.created_at desc),
    items as (
      select c.code, c.name, s.required_level, ev.level as current_level, ev.method, ev.assessed_on,
             greatest(0, s.required_level - coalesce(ev.level, 0)) as gap
        from emp join position_competency s on s.position_id = emp.position_id
        join competency c on c.id = s.competency_id
        left join evidence ev on ev.competency_id = s.competency_id)
    select json_build_object(
      'position', (select json_build_object('name', p.name) from emp join position p on p.id = emp.position_id),
      'summary', json_build_object('required', count(*), 'met', count(*) filter (where gap = 0),
        'totalGap', coalesce(sum(gap), 0),
        'score', case when sum(required_level) > 0
          then round(100.0 * sum(least(coalesce(current_level, 0), required_level)) / sum(required_level)) end),
      'items', coalesce(json_agg(json_build_object('competency', json_build_object('code', code, 'name', name),
        'requiredLevel', required_level, 'currentLevel', current_level, 'gap', gap,
        'evidence', case when method is null then null
          else json_build_object('method', method, 'level', current_level, 'assessedOn', assessed_on) end)
        order by gap desc, code), '[]'))::text as answer
    from items`,
};

const page = (total, items) => ({ total, items });
/** JP to one decimal, as the ledger keeps them. */
const jp = (value) => Math.round(Number(value) * 10) / 10;
const jpEntries = (entries) => entries.map((e) => ({ ...e, jp: jp(e.jp) }));
const jpTotal = (entries, status) => jp(entries.filter((e) => e.status === status).reduce((s, e) => s + Number(e.jp), 0));

/**
 * The scenarios, in the order the table prints them. `ctx`: `total` employees, the learner's
 * `learnerEmployeeId`, the JP `year`, the `timeZone` deciding today, and the name `search`
 * term (one matching at least a page of employees) and, for the label, how many `matches` it has.
 * Each side gives its request; `ours` runs as `actor` ('admin' or 'learner').
 */
function scenarios(ctx) {
  const lastOffset = Math.max(0, ctx.total - PAGE);
  const directory = (key, label, offset) => ({
    key,
    label,
    actor: 'admin',
    ours: { query: OURS_EMPLOYEES, variables: { page: { offset, limit: PAGE } } },
    postgraphile: { query: PG_EMPLOYEES, variables: { offset } },
    sql: { statement: 'directory', params: [offset, PAGE] },
    fromOurs: (d) => page(d.employees.total, d.employees.items),
    fromPostgraphile: (d) => page(d.allEmployees.totalCount, d.allEmployees.nodes),
    fromSql: (a) => page(a.total, a.items),
  });
  return [
    directory('directory', 'employee directory, first page of 20 with OPD and position', 0),
    {
      key: 'search',
      label: `name search "${ctx.search}"${ctx.matches === undefined ? '' : `: a page of ${Math.min(PAGE, ctx.matches)} of ${ctx.matches.toLocaleString('en')}`}`,
      actor: 'admin',
      ours: { query: OURS_EMPLOYEES, variables: { filter: { search: ctx.search }, page: { offset: 0, limit: PAGE } } },
      postgraphile: { query: PG_EMPLOYEE_SEARCH, variables: { search: ctx.search } },
      sql: { statement: 'search', params: [`%${ctx.search}%`, PAGE] },
      fromOurs: (d) => page(d.employees.total, d.employees.items),
      fromPostgraphile: (d) => page(d.allEmployees.totalCount, d.allEmployees.nodes),
      fromSql: (a) => page(a.total, a.items),
    },
    directory('lastPage', `last page (offset ${lastOffset.toLocaleString('en')})`, lastOffset),
    {
      key: 'jp',
      label: `a learner's JP summary for ${ctx.year}`,
      actor: 'learner',
      ours: { query: OURS_JP, variables: { input: { employeeId: ctx.learnerEmployeeId, year: ctx.year } } },
      postgraphile: { query: PG_JP, variables: { employeeId: ctx.learnerEmployeeId, year: ctx.year } },
      sql: { statement: 'jp', params: [ctx.learnerEmployeeId, ctx.year] },
      fromOurs: (d) => ({
        approvedJp: jp(d.jpSummary.approvedJp),
        pendingJp: jp(d.jpSummary.pendingJp),
        entries: jpEntries(d.jpSummary.entries),
      }),
      // PostGraphile has no sums without a plugin: its client adds up the entries (here, untimed).
      fromPostgraphile: (d) => {
        const entries = jpEntries(d.allLearningRecords.nodes);
        return { approvedJp: jpTotal(entries, 'APPROVED'), pendingJp: jpTotal(entries, 'PENDING'), entries };
      },
      fromSql: (a) => ({ approvedJp: jp(a.approvedJp), pendingJp: jp(a.pendingJp), entries: jpEntries(a.entries) }),
    },
    {
      key: 'gap',
      label: 'competency gap of one employee',
      actor: 'learner',
      ours: { query: OURS_GAP, variables: { input: { employeeId: ctx.learnerEmployeeId } } },
      postgraphile: null,
      sql: { statement: 'gap', params: [ctx.learnerEmployeeId, ctx.timeZone] },
      fromOurs: (d) => d.competencyGap,
      fromPostgraphile: null,
      fromSql: (a) => ({ ...a, summary: { ...a.summary, score: a.summary.score === null ? null : Number(a.summary.score) } }),
    },
  ];
}

/** JSON with object keys sorted, so equal answers give equal text. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The first path at which two canonical answers differ, with both values, or null. */
function firstDifference(a, b, path = '$') {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && a.length !== b.length) return `${path}.length: ${a.length} ≠ ${b.length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${canonical(a).slice(0, 200)} ≠ ${canonical(b).slice(0, 200)}`;
}

module.exports = { PAGE, STATEMENTS, scenarios, canonical, firstDifference };
