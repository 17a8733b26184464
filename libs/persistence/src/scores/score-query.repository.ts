import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import type { ScoreResponse, ScoresPage, ScoresQuery } from '@duban/contracts';
import { ScoreRecord } from './score.document';

/** Reads the live scores for `GET /scores`. */
@Injectable()
export class ScoreQueryRepository {
  constructor(@InjectModel(ScoreRecord.name) private readonly scores: Model<ScoreRecord>) {}

  async list(query: ScoresQuery): Promise<ScoresPage> {
    const filter: FilterQuery<ScoreRecord> = {};
    if (query.year !== undefined) filter.year = { $eq: query.year };
    if (query.unit !== undefined) filter.unit = { $eq: query.unit };
    if (query.planId !== undefined) filter.planId = { $eq: query.planId };
    const [docs, total] = await Promise.all([
      this.scores.find(filter).sort({ planId: 1, year: 1, unit: 1 }).skip(query.offset).limit(query.limit).lean().exec(),
      this.scores.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(toScoreResponse), total, limit: query.limit, offset: query.offset };
  }
}

export function toScoreResponse(d: Pick<ScoreRecord, 'planId' | 'unit' | 'year' | 'score' | 'excellent' | 'belowTarget' | 'items' | 'updatedAt'>): ScoreResponse {
  return { planId: d.planId, unit: d.unit, year: d.year, score: d.score, excellent: d.excellent, belowTarget: d.belowTarget, items: d.items, updatedAt: d.updatedAt.toISOString() };
}
