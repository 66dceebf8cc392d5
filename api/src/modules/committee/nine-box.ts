import { registerEnumType } from 'type-graphql';

/** Kinerja (performance) against expectation. */
export enum PerformanceRating {
  BELOW = 'BELOW',
  MEETS = 'MEETS',
  ABOVE = 'ABOVE',
}

/** Potensial. */
export enum PotentialRating {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

registerEnumType(PerformanceRating, { name: 'PerformanceRating', description: 'Kinerja: di bawah, sesuai, di atas ekspektasi' });
registerEnumType(PotentialRating, { name: 'PotentialRating', description: 'Potensial: rendah, menengah, tinggi' });

/**
 * The box of the talent nine-box (Permenpan RB 3/2020), 1 to 9, rows of performance and
 * columns of potential:
 *
 *                 potential  LOW  MEDIUM  HIGH
 *   performance ABOVE          6     8      9
 *               MEETS          3     5      7
 *               BELOW          1     2      4
 *
 * Boxes 7, 8 and 9 are the succession pool.
 */
const BOXES: Record<PerformanceRating, Record<PotentialRating, number>> = {
  BELOW: { LOW: 1, MEDIUM: 2, HIGH: 4 },
  MEETS: { LOW: 3, MEDIUM: 5, HIGH: 7 },
  ABOVE: { LOW: 6, MEDIUM: 8, HIGH: 9 },
};

export function nineBox(performance: PerformanceRating, potential: PotentialRating): number {
  return BOXES[performance][potential];
}
