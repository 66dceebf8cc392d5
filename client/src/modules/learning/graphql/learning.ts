import { graphql } from '../../../gql';

export const ModuleCardFields = graphql(`
  fragment ModuleCardFields on CourseModule {
    id
    moduleKey
    code
    title
    version
    status
    jpValue
    lessonCount
    totalMinutes
    publishedAt
    updatedAt
    cover {
      id
      name
      url
    }
    form {
      id
      name
    }
    competencies {
      id
      level
      competency {
        id
        code
        name
        type
      }
    }
    myEnrollment {
      id
      progressPercent
      completedAt
    }
  }
`);

/** A page of module cards; the catalog and the trainer's list are two operations so each can be refetched by name. */
export const ModuleCardPageFields = graphql(`
  fragment ModuleCardPageFields on CourseModulePage {
    total
    offset
    limit
    items {
      ...ModuleCardFields
    }
  }
`);

export const CatalogModulesQuery = graphql(`
  query CatalogModules($filter: CourseModuleFilter, $page: PageInput) {
    courseModules(filter: $filter, page: $page) {
      ...ModuleCardPageFields
    }
  }
`);

export const MyCourseModulesQuery = graphql(`
  query MyCourseModules($filter: CourseModuleFilter, $page: PageInput) {
    courseModules(filter: $filter, page: $page) {
      ...ModuleCardPageFields
    }
  }
`);

/** Other versions of a module, found through its code (every version keeps the code). */
export const ModuleVersionsQuery = graphql(`
  query ModuleVersions($filter: CourseModuleFilter) {
    courseModules(filter: $filter, page: { offset: 0, limit: 20 }) {
      items {
        id
        moduleKey
        version
        status
      }
    }
  }
`);

/** A form of learning as a module's form field offers it, with how it credits JP. */
export const LearningFormsQuery = graphql(`
  query LearningForms {
    learningForms {
      ...LearningFormFields
      forModules
    }
  }
`);

export const EditorReferenceQuery = graphql(`
  query EditorReference {
    learningForms {
      ...LearningFormFields
      forModules
    }
    jpRules {
      minutesPerJp
    }
  }
`);

export const EnrollmentFields = graphql(`
  fragment EnrollmentFields on Enrollment {
    id
    progressPercent
    doneLessonIds
    nextLessonId
    completedAt
    enrolledAt
    lastActivityAt
    creditedJp
    minutesCounted
    completionCredit {
      jp
      statedJp
      reason
      formName
      maxJpPerDay
      measuredMinutes
    }
  }
`);

/** What the module's page and its editor both show above the outline. */
export const ModuleHeadFields = graphql(`
  fragment ModuleHeadFields on CourseModule {
    ...ModuleCardFields
    summary
    organiser
    creditsMeasuredTime
    authors {
      id
      name
    }
    viewerCan {
      edit
      enroll
      publish
    }
  }
`);

/** A lesson as the outline lists it. */
export const LessonOutlineFields = graphql(`
  fragment LessonOutlineFields on Lesson {
    id
    title
    kind
    required
    durationMinutes
  }
`);

export const LessonFileFields = graphql(`
  fragment LessonFileFields on StoredFile {
    id
    name
    mimeType
    size
    url
  }
`);

export const ModuleDetailFields = graphql(`
  fragment ModuleDetailFields on CourseModule {
    ...ModuleHeadFields
    sections {
      id
      title
      lessons {
        ...LessonOutlineFields
      }
    }
    myEnrollment {
      ...EnrollmentFields
      completionRefusal
    }
    myOtherVersionEnrollment {
      id
      progressPercent
      nextLessonId
      module {
        id
        version
      }
    }
  }
`);

export const CourseModuleQuery = graphql(`
  query CourseModule($id: ID!) {
    courseModule(id: $id) {
      ...ModuleDetailFields
    }
  }
`);

export const LessonFields = graphql(`
  fragment LessonFields on Lesson {
    ...LessonOutlineFields
    moduleId
    myMinutesCounted
    bodyHtml
    url
    embedUrl
    file {
      ...LessonFileFields
    }
  }
`);

export const ModuleLessonsQuery = graphql(`
  query ModuleLessons($id: ID!) {
    courseModule(id: $id) {
      ...ModuleDetailFields
      sections {
        id
        lessons {
          ...LessonFields
        }
      }
    }
  }
`);

export const ModuleEditorFields = graphql(`
  fragment ModuleEditorFields on CourseModule {
    ...ModuleHeadFields
    completionRequiresPostTest
    sections {
      id
      title
      lessons {
        ...LessonOutlineFields
        body
        url
        file {
          ...LessonFileFields
        }
      }
    }
  }
`);

export const ModuleEditorQuery = graphql(`
  query ModuleEditor($id: ID!) {
    courseModule(id: $id) {
      ...ModuleEditorFields
    }
  }
`);

export const MarkdownPreviewQuery = graphql(`
  query MarkdownPreview($input: MarkdownPreviewInput!) {
    markdownPreview(input: $input)
  }
`);

export const CreateCourseModuleMutation = graphql(`
  mutation CreateCourseModule($input: CreateCourseModuleInput!) {
    createCourseModule(input: $input) {
      ...ModuleEditorFields
    }
  }
`);

export const UpdateCourseModuleMutation = graphql(`
  mutation UpdateCourseModule($input: UpdateCourseModuleInput!) {
    updateCourseModule(input: $input) {
      ...ModuleEditorFields
    }
  }
`);

export const PublishCourseModuleMutation = graphql(`
  mutation PublishCourseModule($input: ModuleIdInput!) {
    publishCourseModule(input: $input) {
      ...ModuleEditorFields
    }
  }
`);

export const ArchiveCourseModuleMutation = graphql(`
  mutation ArchiveCourseModule($input: ModuleIdInput!) {
    archiveCourseModule(input: $input) {
      ...ModuleEditorFields
    }
  }
`);

export const EnrollInModuleMutation = graphql(`
  mutation EnrollInModule($input: EnrollInModuleInput!) {
    enrollInModule(input: $input) {
      ...EnrollmentFields
      module {
        id
        myEnrollment {
          ...EnrollmentFields
        }
      }
    }
  }
`);

export const LearningRecordFields = graphql(`
  fragment LearningRecordFields on LearningRecord {
    id
    title
    jp
    status
    source
    startDate
    endDate
    creditSteps {
      ...CreditStepFields
    }
    form {
      id
      name
    }
  }
`);

export const CompleteLessonMutation = graphql(`
  mutation CompleteLesson($input: CompleteLessonInput!) {
    completeLesson(input: $input) {
      moduleCompleted
      lesson {
        id
      }
      enrollment {
        ...EnrollmentFields
      }
      record {
        ...LearningRecordFields
      }
      creditedEarlier {
        ...LearningRecordFields
      }
      evidenceProposed {
        id
        level
        competency {
          id
          name
        }
      }
    }
  }
`);

export const MyLearningQuery = graphql(`
  query MyLearning {
    myLearning {
      enrollments {
        creditedJp
        ...EnrollmentFields
        module {
          id
          title
          code
          version
          status
          jpValue
          lessonCount
          totalMinutes
          form {
            id
            name
          }
        }
      }
      jp {
        year
        periodStart
        periodEnd
        targetJp
        maxJp
        approvedJp
        pendingJp
        countedJp
        reached
        remainingJp
      }
      recentRecords {
        ...LearningRecordFields
      }
    }
  }
`);

export const CatalogCompetencyQuery = graphql(`
  query CatalogCompetency($id: ID!) {
    competency(id: $id) {
      id
      code
      name
      type
    }
  }
`);

export const TrainerOverviewQuery = graphql(`
  query TrainerOverview {
    trainerOverview {
      stuckAfterDays
      modules {
        module {
          id
          title
          status
          version
        }
        enrolled
        inProgress
        completed
        stuck
        averageProgress
      }
      stuckLearners {
        employee {
          id
          name
        }
        module {
          id
          title
        }
        progress
        lastActivityAt
      }
    }
  }
`);

export const LessonHeartbeatMutation = graphql(`
  mutation RecordLessonHeartbeat($input: LessonHeartbeatInput!) {
    recordLessonHeartbeat(input: $input) {
      counting
      lesson {
        id
        myMinutesCounted
      }
      enrollment {
        ...EnrollmentFields
      }
    }
  }
`);
