import type { EntityManager } from '@mikro-orm/postgresql';
import type { MissingCompetency } from '../competency/missing-competencies';
import { RecommendationKind } from './compliance.enums';

/** Learning that closes part of an employee's competency gap: a module or a group. */
export interface GapRecommendationData {
  kind: RecommendationKind;
  id: string;
  title: string;
  /** The JP it states (a module) or, for a group, null: a group credits the time attended. */
  jp: number | null;
  /** Levels of the gap it closes, summed over its competencies. */
  closesLevels: number;
  competencyCodes: string[];
}

/**
 * Answers, for many employees at once, which learning closes their gaps: the modules of `learning`
 * and the groups of `community` register one each. A recommender runs a constant number of
 * statements whatever the number of employees, and leaves out what an employee already did.
 */
export type GapRecommender = (
  em: EntityManager,
  gaps: Map<string, MissingCompetency[]>,
  employees: { id: string; opdId: string }[],
) => Promise<Map<string, GapRecommendationData[]>>;

const recommenders = new Map<string, GapRecommender>();

/** Called once at start-up by a module whose learning can close gaps. */
export function registerGapRecommender(name: string, recommender: GapRecommender): void {
  recommenders.set(name, recommender);
}

/** The best `limit` recommendations per employee from every registered recommender: most levels closed first, then title. */
export async function recommendForGaps(
  em: EntityManager,
  gaps: Map<string, MissingCompetency[]>,
  employees: { id: string; opdId: string }[],
  limit = 3,
): Promise<Map<string, GapRecommendationData[]>> {
  const result = new Map<string, GapRecommendationData[]>(employees.map((e) => [e.id, []]));
  const withGap = employees.filter((e) => gaps.get(e.id)?.length);
  if (!withGap.length) return result;
  for (const recommender of recommenders.values()) {
    const answer = await recommender(em, gaps, withGap);
    for (const [id, list] of answer) result.set(id, [...(result.get(id) ?? []), ...list]);
  }
  for (const [id, list] of result) {
    result.set(
      id,
      list
        .sort((a, b) => b.closesLevels - a.closesLevels || a.title.localeCompare(b.title, 'id') || a.id.localeCompare(b.id))
        .slice(0, limit),
    );
  }
  return result;
}
