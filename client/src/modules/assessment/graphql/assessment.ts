import { graphql } from '../../../gql';

export const QuizInfoFields = graphql(`
  fragment QuizInfoFields on QuizInfo {
    id
    role
    opensAt
    closesAt
    timeLimitMinutes
    attemptsAllowed
    passMarkPercent
    gradingMethod
    questionCount
    review {
      score
      rightAnswers
      feedback
    }
    myAttempts {
      id
      number
      status
      startedAt
      deadline
      finishedAt
      percent
      pending
    }
    myGrade {
      percent
      pending
      passed
    }
    viewerCan {
      start
      startRefusal
      edit
    }
  }
`);

/** The quiz lesson within its module, for the quiz's start page. */
export const QuizLessonQuery = graphql(`
  query QuizLesson($id: ID!) {
    courseModule(id: $id) {
      id
      title
      myEnrollment {
        id
        doneLessonIds
      }
      viewerCan {
        enroll
        edit
      }
      sections {
        id
        lessons {
          id
          title
          kind
          durationMinutes
          quiz {
            ...QuizInfoFields
          }
        }
      }
    }
  }
`);

export const AttemptFields = graphql(`
  fragment AttemptFields on QuizAttempt {
    id
    number
    status
    lessonId
    moduleId
    title
    role
    startedAt
    deadline
    secondsLeft
    finishedAt
    finishedHow
    visibility {
      score
      rightAnswers
      feedback
    }
    total {
      score
      maxScore
      percent
      pending
    }
    passed
    questions {
      id
      number
      type
      textHtml
      points
      options {
        id
        textHtml
      }
      response {
        optionIds
        truth
        text
      }
      revision
      graded
      score
      outcome
      feedbackHtml
      gradeChanges {
        changedAt
        changedByName
        reason
        previousScore
        nextScore
      }
      rightAnswer {
        optionIds
        truth
        texts
        numbers {
          value
          tolerance
        }
      }
    }
  }
`);

export const QuizAttemptQuery = graphql(`
  query QuizAttempt($id: ID!) {
    quizAttempt(id: $id) {
      ...AttemptFields
    }
  }
`);

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {
    startQuizAttempt(input: $input) {
      ...AttemptFields
    }
  }
`);

export const SaveQuizAnswerMutation = graphql(`
  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {
    saveQuizAnswer(input: $input) {
      questionId
      savedAt
      revision
    }
  }
`);

export const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: AttemptIdInput!) {
    submitQuizAttempt(input: $input) {
      ...AttemptFields
    }
  }
`);

// ---- The bank ----

export const BankQuestionFields = graphql(`
  fragment BankQuestionFields on BankQuestionView {
    id
    type
    title
    text
    points
    generalFeedback
    options {
      id
      text
      fraction
      feedback
    }
    correct
    trueFeedback
    falseFeedback
    answers {
      text
      value
      tolerance
      fraction
      feedback
    }
    otherFeedback
    graderNotes
    rubric {
      criteria {
        id
        title
        levels {
          id
          title
          points
        }
      }
    }
    category {
      id
      name
    }
    level
    updatedAt
  }
`);

export const QuestionCategoriesQuery = graphql(`
  query QuestionCategories {
    questionCategories {
      id
      name
    }
  }
`);

export const BankQuestionsQuery = graphql(`
  query BankQuestions($filter: QuestionFilter, $page: PageInput) {
    bankQuestions(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        ...BankQuestionFields
      }
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: QuestionInput!) {
    createQuestion(input: $input) {
      ...BankQuestionFields
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      ...BankQuestionFields
    }
  }
`);

export const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($input: IdInput!) {
    deleteQuestion(input: $input) {
      id
    }
  }
`);

export const CreateQuestionCategoryMutation = graphql(`
  mutation CreateQuestionCategory($input: QuestionCategoryInput!) {
    createQuestionCategory(input: $input) {
      id
      name
    }
  }
`);

export const ImportGiftMutation = graphql(`
  mutation ImportGift($input: ImportGiftInput!) {
    importGiftQuestions(input: $input) {
      imported
      errors {
        line
        code
        message
        title
      }
      categoriesCreated {
        id
        name
      }
    }
  }
`);

export const GiftExportQuery = graphql(`
  query GiftExport($categoryId: ID) {
    giftExport(categoryId: $categoryId)
  }
`);

// ---- Quiz settings ----

export const QuizSettingsFields = graphql(`
  fragment QuizSettingsFields on QuizSettings {
    lessonId
    moduleId
    lessonTitle
    editable
    role
    opensAt
    closesAt
    timeLimitMinutes
    attemptsAllowed
    passMarkPercent
    shuffleQuestions
    shuffleOptions
    gradingMethod
    review {
      score
      rightAnswers
      feedback
    }
    slots {
      count
      question {
        id
        type
        title
        text
        points
      }
      category {
        id
        name
      }
    }
  }
`);

export const QuizSettingsQuery = graphql(`
  query QuizSettings($lessonId: ID!) {
    quizSettings(lessonId: $lessonId) {
      ...QuizSettingsFields
    }
  }
`);

export const UpdateQuizMutation = graphql(`
  mutation UpdateQuiz($input: QuizSettingsInput!) {
    updateQuiz(input: $input) {
      ...QuizSettingsFields
    }
  }
`);

/** What the grading lists show of a response; the dialog loads the rest (`GradingItemQuery`). */
export const GradingItemSummaryFields = graphql(`
  fragment GradingItemSummaryFields on GradingItem {
    attemptId
    questionId
    moduleTitle
    quizTitle
    learnerName
    submittedAt
    questionType
    questionHtml
    maxScore
    score
    gradedAt
    released
    history {
      changedAt
    }
  }
`);

export const GradingItemFields = graphql(`
  fragment GradingItemFields on GradingItem {
    attemptId
    questionId
    moduleTitle
    quizTitle
    learnerName
    attemptNumber
    submittedAt
    questionType
    questionHtml
    graderNotesHtml
    responseText
    chosenOptionsHtml
    responseTruth
    outcome
    maxScore
    rubric {
      criteria {
        id
        title
        description
        levels {
          id
          title
          points
        }
      }
    }
    scoring {
      criterionId
      levelId
      feedback
    }
    score
    feedback
    gradedAt
    released
    history {
      changedAt
      changedByName
      reason
      previousScore
      nextScore
    }
  }
`);

/** Responses waiting for the viewer's grade, oldest first. */
export const GradingQueueQuery = graphql(`
  query GradingQueue($page: PageInput, $status: GradingStatus, $filter: GradingQueueFilter) {
    gradingQueue(page: $page, status: $status, filter: $filter) {
      total
      offset
      limit
      items {
        ...GradingItemSummaryFields
      }
    }
  }
`);

/** The quizzes of the viewer's modules with submitted attempts: the grading queue's quiz filter. */
export const GradingQuizzesQuery = graphql(`
  query GradingQuizzes {
    gradingQuizzes {
      lessonId
      title
      moduleTitle
    }
  }
`);

/** One response with all it takes to grade it. */
export const GradingItemQuery = graphql(`
  query GradingItem($attemptId: ID!, $questionId: ID!) {
    gradingItem(attemptId: $attemptId, questionId: $questionId) {
      ...GradingItemFields
    }
  }
`);

export const GradeResponseMutation = graphql(`
  mutation GradeResponse($input: GradeResponseInput!) {
    gradeResponse(input: $input) {
      ...GradingItemFields
    }
  }
`);

export const QuizItemAnalysisQuery = graphql(`
  query QuizItemAnalysis($lessonId: ID!) {
    quizItemAnalysis(lessonId: $lessonId) {
      lessonId
      attempts
      minResponses
      items {
        questionId
        label
        type
        responses
        facility
        discrimination
        rating
      }
    }
  }
`);

export const ModuleLearningGainQuery = graphql(`
  query ModuleLearningGain($moduleId: ID!) {
    moduleLearningGain(moduleId: $moduleId) {
      moduleId
      preTestLessonId
      postTestLessonId
      learners {
        employeeId
        name
        pre
        post
        absoluteGain
        normalisedGain
      }
      summary {
        learners
        meanPre
        meanPost
        meanAbsoluteGain
        classGain
        meanNormalisedGain
      }
    }
  }
`);
