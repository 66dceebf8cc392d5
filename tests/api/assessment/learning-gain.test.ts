import { groupLearningGain, learningGain } from '../../../api/src/modules/assessment/learning-gain';

describe('learningGain: one learner, pre-test to post-test', () => {
  it.each<[number, number, number, number | null]>([
    [40, 70, 30, 0.5],
    [0, 100, 100, 1],
    [80, 90, 10, 0.5],
    [60, 60, 0, 0],
    [70, 40, -30, -1],
    [100, 100, 0, null],
    [100, 80, -20, null],
    [33.33, 66.67, 33.34, 0.5],
  ])('pre %p, post %p: +%p points, normalised %p', (pre, post, absolute, normalised) => {
    expect(learningGain(pre, post)).toEqual({ absolute, normalised });
  });
});

describe('groupLearningGain: a module or group', () => {
  it('counts only learners with both tests', () => {
    const gain = groupLearningGain([
      { pre: 40, post: 70 },
      { pre: 60, post: 80 },
      { pre: 50, post: null },
      { pre: null, post: 90 },
    ]);
    expect(gain).toEqual({
      learners: 2,
      meanPre: 50,
      meanPost: 75,
      meanAbsoluteGain: 25,
      classGain: 0.5, // (75 − 50) / (100 − 50)
      meanNormalisedGain: 0.5, // mean of 0.5 and 0.5
    });
  });

  it('tells the class gain from the mean of the learners’ gains', () => {
    const gain = groupLearningGain([
      { pre: 0, post: 50 },
      { pre: 80, post: 100 },
    ]);
    expect(gain.classGain).toBe(0.583); // (75 − 40) / (100 − 40), three decimals
    expect(gain.meanNormalisedGain).toBe(0.75); // (0.5 + 1) / 2
  });

  it('leaves out of the mean gain a learner who started at 100 %', () => {
    const gain = groupLearningGain([
      { pre: 100, post: 100 },
      { pre: 50, post: 75 },
    ]);
    expect(gain.learners).toBe(2);
    expect(gain.meanNormalisedGain).toBe(0.5);
  });

  it('has nothing to say without pairs', () => {
    expect(groupLearningGain([{ pre: 50, post: null }])).toEqual({
      learners: 0,
      meanPre: null,
      meanPost: null,
      meanAbsoluteGain: null,
      classGain: null,
      meanNormalisedGain: null,
    });
  });
});
