/**
 * Learning gain between a module's pre-test and post-test (Kirkpatrick level 2). Scores are
 * percents. The normalised gain (Hake) is the share of the room for improvement a learner used:
 * g = (post − pre) / (100 − pre); 0.3 means 30 % of what was left to learn was learned.
 */
import { roundScore } from './question';

export interface LearningGain {
  /** post − pre, in percentage points. */
  absolute: number;
  /** (post − pre) / (100 − pre), three decimals; negative when the post-test went worse; null when pre was 100. */
  normalised: number | null;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** One learner's gain from their pre-test and post-test percents. */
export function learningGain(prePercent: number, postPercent: number): LearningGain {
  return {
    absolute: roundScore(postPercent - prePercent),
    normalised: prePercent >= 100 ? null : round3((postPercent - prePercent) / (100 - prePercent)),
  };
}

/** A learner's pre-test and post-test grades; null when they have not taken (or finished) one. */
export interface PrePost {
  pre: number | null;
  post: number | null;
}

/** The gain of a group (a module's learners, a smart group). */
export interface GroupLearningGain {
  /** Learners with both a pre-test and a post-test grade; only they count. */
  learners: number;
  meanPre: number | null;
  meanPost: number | null;
  /** meanPost − meanPre. */
  meanAbsoluteGain: number | null;
  /** Hake's class gain: the normalised gain of the means, (meanPost − meanPre) / (100 − meanPre). */
  classGain: number | null;
  /** The mean of the learners' own normalised gains (learners who started at 100 % left out). */
  meanNormalisedGain: number | null;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/** The group's gain, from each learner's pre-test and post-test grade. */
export function groupLearningGain(learners: readonly PrePost[]): GroupLearningGain {
  const pairs = learners.flatMap((l) => (l.pre === null || l.post === null ? [] : [{ pre: l.pre, post: l.post }]));
  const meanPre = mean(pairs.map((p) => p.pre));
  const meanPost = mean(pairs.map((p) => p.post));
  const gains = pairs.flatMap((p) => {
    const g = learningGain(p.pre, p.post).normalised;
    return g === null ? [] : [g];
  });
  const meanGain = mean(gains);
  if (meanPre === null || meanPost === null) {
    return { learners: 0, meanPre: null, meanPost: null, meanAbsoluteGain: null, classGain: null, meanNormalisedGain: null };
  }
  return {
    learners: pairs.length,
    meanPre: roundScore(meanPre),
    meanPost: roundScore(meanPost),
    meanAbsoluteGain: roundScore(meanPost - meanPre),
    classGain: learningGain(meanPre, meanPost).normalised,
    meanNormalisedGain: meanGain === null ? null : round3(meanGain),
  };
}
