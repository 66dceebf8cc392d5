import { registerEnumType } from 'type-graphql';

/** What kind of learning a recommendation names. */
export enum RecommendationKind {
  MODULE = 'MODULE',
  GROUP = 'GROUP',
}

registerEnumType(RecommendationKind, { name: 'RecommendationKind', description: 'A course module or a smart community group' });
