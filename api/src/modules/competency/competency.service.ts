import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { assertCan, BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { groupByKeys, requestLoader } from '../../common/loaders';
import { findPage, type Page, type PageInput } from '../../common/paging';
import { likePattern } from '../../common/text';
import { PositionTypeInfo } from '../organisation/position-type.entity';
import { Position } from '../organisation/position.entity';
import { CareerPath } from './career-path.entity';
import { Competency, CompetencyLevel } from './competency.entity';
import { CompetencyType } from './competency.enums';
import type {
  AddCareerPathInput,
  CompetencyFilter,
  CompetencyLevelInput,
  CreateCompetencyInput,
  SetPositionStandardInput,
  SetPositionTypeDefaultInput,
  UpdateCompetencyInput,
} from './competency.inputs';
import type { CareerPathGraph } from './competency.types';
import { competencyPolicy } from './competency.policy';
import { PositionCompetency } from './position-competency.entity';

function checkLevels(levels: CompetencyLevelInput[]): void {
  const numbers = levels.map((l) => l.level).sort();
  if (numbers.join() !== '1,2,3,4,5') {
    throw BadInputError.field('levels', 'LEVELS', 'Give each of the levels 1 to 5 exactly once');
  }
}

/** A technical competency belongs to a government affair (job family); the others have none. */
function checkGovernmentAffair(type: CompetencyType, governmentAffair: string | null): void {
  if (type === CompetencyType.TEKNIS && !governmentAffair) {
    throw BadInputError.field('governmentAffair', 'REQUIRED', 'A technical competency needs its government affair');
  }
}

/** A level's text as stored: description and indicators trimmed. */
const levelText = (level: CompetencyLevelInput) => ({
  description: level.description.trim(),
  indicators: level.indicators.map((i) => i.trim()),
});

/** The competency dictionary, position standards and career paths (admin-maintained). */
export class CompetencyService {
  constructor(
    private readonly em: EntityManager,
    readonly clock: Clock,
  ) {}

  /** The rows of a position's competency standard (SKJ), lowest level first; the positions of a request load together. */
  async standard(_actor: Actor, position: Position): Promise<PositionCompetency[]> {
    const rows = await requestLoader<string, PositionCompetency[]>(this.em, 'positionStandard', async (ids) =>
      groupByKeys(ids, await this.em.find(PositionCompetency, { position: { $in: [...ids] } }), (row) => row.position.id),
    ).load(position.id);
    return [...(rows ?? [])].sort((a, b) => a.requiredLevel - b.requiredLevel || a.id.localeCompare(b.id));
  }

  private assertMaintains(actor: Actor): void {
    assertCan(competencyPolicy.maintainDictionary(actor), 'Only administrators maintain the competency dictionary');
  }

  async competencies(_actor: Actor, filter: CompetencyFilter = {}, page: PageInput): Promise<Page<Competency>> {
    const where: FilterQuery<Competency> = {};
    const search = filter.search?.trim();
    if (search) {
      const q = `%${likePattern(search)}%`;
      where.$or = [{ name: { $ilike: q } }, { code: { $ilike: q } }];
    }
    if (filter.type) where.type = filter.type;
    if (filter.governmentAffair) where.governmentAffair = filter.governmentAffair;
    if (!filter.includeInactive) where.active = true;
    return findPage(this.em, Competency, where, page, { type: 'asc', code: 'asc' });
  }

  async competency(_actor: Actor, id: string): Promise<Competency> {
    const competency = await this.em.findOne(Competency, id);
    if (!competency) throw new NotFoundError('Competency', id);
    return competency;
  }

  /** The distinct government affairs of technical competencies, for filters. */
  async governmentAffairs(_actor: Actor): Promise<string[]> {
    const rows: { government_affair: string }[] = await this.em
      .getConnection()
      .execute(`select distinct government_affair from competency where government_affair is not null order by 1`);
    return rows.map((r) => r.government_affair);
  }

  async createCompetency(actor: Actor, input: CreateCompetencyInput): Promise<Competency> {
    this.assertMaintains(actor);
    checkLevels(input.levels);
    const governmentAffair = input.type === CompetencyType.TEKNIS ? input.governmentAffair?.trim() || null : null;
    checkGovernmentAffair(input.type, governmentAffair);
    const code = input.code.trim().toUpperCase();
    if (await this.em.count(Competency, { code })) {
      throw BadInputError.field('code', 'CODE_TAKEN', `Competency code ${code} is already used`);
    }
    const competency = this.em.create(Competency, {
      code,
      name: input.name.trim(),
      type: input.type,
      governmentAffair,
      description: input.description.trim(),
    });
    for (const l of input.levels) this.em.create(CompetencyLevel, { competency, level: l.level, ...levelText(l) });
    await this.em.flush();
    return competency;
  }

  async updateCompetency(actor: Actor, input: UpdateCompetencyInput): Promise<Competency> {
    this.assertMaintains(actor);
    const competency = await this.em.findOne(Competency, input.id, { populate: ['levels'] });
    if (!competency) throw new NotFoundError('Competency', input.id);
    if (input.levels) checkLevels(input.levels);
    // The competency as it will be: an edit may not leave a technical one without its affair.
    if (competency.type === CompetencyType.TEKNIS) {
      const governmentAffair =
        input.governmentAffair !== undefined ? input.governmentAffair?.trim() || null : (competency.governmentAffair ?? null);
      checkGovernmentAffair(competency.type, governmentAffair);
      competency.governmentAffair = governmentAffair;
    }
    if (input.levels) {
      for (const l of input.levels) {
        const row = competency.levels.getItems().find((x) => x.level === l.level);
        if (row) Object.assign(row, levelText(l));
        else this.em.create(CompetencyLevel, { competency, level: l.level, ...levelText(l) });
      }
    }
    if (input.name != null) competency.name = input.name.trim();
    if (input.description != null) competency.description = input.description.trim();
    if (input.active !== undefined && input.active !== null) competency.active = input.active;
    await this.em.flush();
    return competency;
  }

  async setPositionStandard(actor: Actor, input: SetPositionStandardInput): Promise<Position> {
    this.assertMaintains(actor);
    const position = await this.em.findOne(Position, input.positionId);
    if (!position) throw new NotFoundError('Position', input.positionId);
    const ids = input.competencies.map((c) => c.competencyId);
    if (new Set(ids).size !== ids.length) {
      throw BadInputError.field('competencies', 'DUPLICATE', 'A competency may appear only once in a standard');
    }
    const found = await this.em.find(Competency, { id: { $in: ids } });
    if (found.length !== ids.length) {
      throw BadInputError.field('competencies', 'NOT_FOUND', 'A competency of the standard does not exist');
    }
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(PositionCompetency, { position: position.id });
      for (const c of input.competencies) {
        tx.create(PositionCompetency, {
          position: position.id,
          competency: c.competencyId,
          requiredLevel: c.requiredLevel,
        });
      }
      const managed = tx.merge(position);
      if (input.governmentAffair !== undefined) managed.governmentAffair = input.governmentAffair?.trim() || null;
      if (input.summary !== undefined) managed.summary = input.summary?.trim() || null;
      if (input.requirements !== undefined) managed.requirements = input.requirements ? { ...input.requirements } : null;
    });
    return position;
  }

  async setPositionTypeDefault(actor: Actor, input: SetPositionTypeDefaultInput): Promise<PositionTypeInfo> {
    this.assertMaintains(actor);
    const type = await this.em.findOne(PositionTypeInfo, { code: input.code as PositionTypeInfo['code'] });
    if (!type) throw BadInputError.field('code', 'NOT_FOUND', `No position type ${input.code}`);
    type.defaultManagerialLevel = input.defaultManagerialLevel;
    await this.em.flush();
    return type;
  }

  async addCareerPath(actor: Actor, input: AddCareerPathInput): Promise<CareerPath> {
    this.assertMaintains(actor);
    if (input.fromPositionId === input.toPositionId) {
      throw BadInputError.field('toPositionId', 'SAME_POSITION', 'A position cannot lead to itself');
    }
    const [from, to] = await Promise.all([this.em.findOne(Position, input.fromPositionId), this.em.findOne(Position, input.toPositionId)]);
    if (!from) throw BadInputError.field('fromPositionId', 'NOT_FOUND', 'No position with this id');
    if (!to) throw BadInputError.field('toPositionId', 'NOT_FOUND', 'No position with this id');
    if (await this.em.count(CareerPath, { from, to })) {
      throw new ConflictError(`${from.name} already leads to ${to.name}`);
    }
    const link = this.em.create(CareerPath, { from, to, note: input.note?.trim() || null });
    await this.em.flush();
    return link;
  }

  async removeCareerPath(actor: Actor, id: string): Promise<boolean> {
    this.assertMaintains(actor);
    const deleted = await this.em.nativeDelete(CareerPath, { id });
    if (!deleted) throw new NotFoundError('Career path', id);
    return true;
  }

  /**
   * Walks career-path links both ways from a position, breadth first, one query per step.
   * Each position is visited once, so cycles end the walk instead of looping.
   */
  async careerPaths(_actor: Actor, positionId: string, maxDepth = 10): Promise<CareerPathGraph> {
    const root = await this.em.findOne(Position, positionId);
    if (!root) throw new NotFoundError('Position', positionId);
    const distance = new Map<string, number>([[root.id, 0]]);
    const links = new Map<string, CareerPath>();
    for (const direction of [1, -1] as const) {
      let frontier = [root.id];
      for (let depth = 1; frontier.length && depth <= maxDepth; depth++) {
        const where = direction === 1 ? { from: { $in: frontier } } : { to: { $in: frontier } };
        const found = await this.em.find(CareerPath, where, { orderBy: { createdAt: 'asc' } });
        const next: string[] = [];
        for (const link of found) {
          links.set(link.id, link);
          const other = direction === 1 ? link.to.id : link.from.id;
          if (!distance.has(other)) {
            distance.set(other, direction * depth);
            next.push(other);
          }
        }
        frontier = next;
      }
    }
    const positions = await this.em.find(Position, { id: { $in: [...distance.keys()] } });
    const byId = new Map(positions.map((p) => [p.id, p]));
    return {
      root,
      nodes: [...distance.entries()]
        .sort((a, b) => Math.abs(a[1]) - Math.abs(b[1]) || a[1] - b[1])
        .map(([id, d]) => ({ position: byId.get(id)!, distance: d })),
      links: [...links.values()].filter((l) => distance.has(l.from.id) && distance.has(l.to.id)),
    };
  }
}

/**
 * Gives a new position the managerial and socio-cultural competencies at the default level of
 * its position type (an editable table). Call before the flush that saves the position.
 */
export async function applyDefaultStandard(em: EntityManager, position: Position): Promise<void> {
  const type = await em.findOne(PositionTypeInfo, { code: position.positionType });
  const defaults = await em.find(Competency, {
    type: { $in: [CompetencyType.MANAJERIAL, CompetencyType.SOSIAL_KULTURAL] },
    active: true,
  });
  for (const competency of defaults) {
    em.create(PositionCompetency, { position, competency, requiredLevel: type?.defaultManagerialLevel ?? 1 });
  }
}
