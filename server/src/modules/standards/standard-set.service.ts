import type { FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { addDays, requireDateBetween } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { findOneOrNotFound, findPage } from '../../common/listing';
import { requireVersion } from '../../common/optimistic-lock';
import { containsPattern, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import {
  MAX_AREA_TITLE,
  MAX_AREAS,
  MAX_GUIDANCE,
  MAX_STANDARD_TITLE,
  MAX_STANDARDS_PER_AREA,
  STANDARD_SET_SORTABLE,
  type CreateStandardSetArgs,
  type StandardAreaInput,
  type StandardSetFilter,
  type UpdateStandardSetArgs,
} from './dto/standard-set.args';
import { Standard, StandardArea, StandardSet } from './standard-set.entity';
import { KIND_WORDS, StandardSetStatus, type StandardSetKind } from './standards.enums';

/** The earliest effective date a version may carry; the latest is five years ahead of today. */
const EARLIEST_EFFECTIVE = '2000-01-01';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/; // eslint-disable-line no-control-regex

/** A draft's content as it will be stored: areas in order, each with its standards in order. */
type Content = Array<{ title: string; standards: Array<{ title: string; guidance: string }> }>;

/**
 * The versioned sets of National Standards. Head office drafts a version (empty or copied from
 * another of the same kind), edits its whole content in one go, publishes it (retiring the kind's
 * previous version in the same transaction) and may delete a draft. Every refusal names the
 * argument; the database refuses the same changes by itself (migration Standards).
 */
export class StandardSetService {
  list(ctx: RequestContext, args: ListArgs, filter?: StandardSetFilter | null): Promise<StandardSet[]> {
    return findPage(ctx.em, StandardSet, this.where(filter), { sortField: 'kind', ...args }, STANDARD_SET_SORTABLE, 'kind', filter?.ids);
  }

  count(ctx: RequestContext, filter?: StandardSetFilter | null): Promise<number> {
    return ctx.em.count(StandardSet, this.where(filter));
  }

  get(ctx: RequestContext, id: string): Promise<StandardSet> {
    return findOneOrNotFound(ctx.em, StandardSet, id, 'StandardSet');
  }

  async create(ctx: RequestContext, args: CreateStandardSetArgs): Promise<StandardSet> {
    const versionLabel = tidy(args.versionLabel);
    this.requireEffectiveOn(ctx, args.effectiveOn);
    let content: Content = [];
    if (args.copyFromId != null) {
      const source = isUuid(args.copyFromId) ? await ctx.em.findOne(StandardSet, { id: args.copyFromId }) : null;
      if (!source) throw new BadUserInput('copyFromId', 'copyFromId must be the id of a standard set');
      if (source.kind !== args.kind) {
        throw new BadUserInput('copyFromId', `A new version of ${KIND_WORDS[args.kind].toLowerCase()} is copied from a version of the same kind, not from ${KIND_WORDS[source.kind].toLowerCase()}`);
      }
      content = await this.contentOf(ctx, source.id);
    }
    await this.requireFreeLabel(ctx, args.kind, versionLabel);
    const set = ctx.em.create(StandardSet, { kind: args.kind, versionLabel, effectiveOn: args.effectiveOn });
    await ctx.em.flush();
    await this.writeContent(ctx, set, content);
    return set;
  }

  async update(ctx: RequestContext, args: UpdateStandardSetArgs): Promise<StandardSet> {
    const set = await this.get(ctx, args.id);
    this.requireDraft(set);
    await requireVersion(ctx.em, set, args.version, 'This draft was changed by someone else since you opened it; reload to see their changes');
    if (args.versionLabel != null && tidy(args.versionLabel) !== set.versionLabel) {
      await this.requireFreeLabel(ctx, set.kind, tidy(args.versionLabel));
      set.versionLabel = tidy(args.versionLabel);
    }
    if (args.effectiveOn != null) {
      this.requireEffectiveOn(ctx, args.effectiveOn);
      set.effectiveOn = args.effectiveOn;
    }
    if (args.areas != null) {
      const content = this.checkedContent(args.areas);
      // The content is the set's: a change to it is a change to the set (its version moves on).
      set.updatedAt = new Date();
      await ctx.em.flush();
      await ctx.em.nativeDelete(Standard, { set: set.id });
      await ctx.em.nativeDelete(StandardArea, { set: set.id });
      await this.writeContent(ctx, set, content);
    } else {
      await ctx.em.flush();
    }
    return set;
  }

  /** Draft -> published; the kind's previously published version is retired in the same transaction. */
  async publish(ctx: RequestContext, id: string): Promise<StandardSet> {
    const found = await this.get(ctx, id);
    // One publication per kind at a time: the previous version is read and retired under this lock.
    await ctx.em.execute('select pg_advisory_xact_lock(hashtext(?))', [`naccc:standards:${found.kind}`]);
    await ctx.em.refresh(found);
    const set = found;
    this.requireDraft(set);
    const standards = await ctx.em.count(Standard, { set: set.id });
    if (standards === 0) throw new BadUserInput('id', 'A set is published with its standards: this draft has none yet');
    const previous = await ctx.em.findOne(StandardSet, { kind: set.kind, status: StandardSetStatus.PUBLISHED });
    if (previous) {
      previous.status = StandardSetStatus.RETIRED;
      // Retired before the new one is published: at most one published set per kind, at every moment.
      await ctx.em.flush();
    }
    set.status = StandardSetStatus.PUBLISHED;
    set.publishedAt = ctx.clock.now;
    await ctx.em.flush();
    return set;
  }

  async delete(ctx: RequestContext, id: string): Promise<StandardSet> {
    const set = await this.get(ctx, id);
    if (set.status !== StandardSetStatus.DRAFT) {
      throw new BadUserInput('id', `Only a draft can be deleted: version ${set.versionLabel} has been published, and assessments may name it`);
    }
    // Keep a detached copy to answer with: react-admin shows the deleted record in its undo toast.
    const deleted = Object.assign(Object.create(StandardSet.prototype) as StandardSet, set);
    // Its areas and standards go with it (the foreign keys cascade).
    await ctx.em.nativeDelete(StandardSet, { id: set.id });
    ctx.em.getUnitOfWork().unsetIdentity(set);
    return deleted;
  }

  private requireDraft(set: StandardSet): void {
    if (set.status !== StandardSetStatus.DRAFT) {
      throw new BadUserInput('id', `A ${set.status === StandardSetStatus.PUBLISHED ? 'published' : 'retired'} set cannot change: draft a new version`);
    }
  }

  private requireEffectiveOn(ctx: RequestContext, effectiveOn: string): void {
    requireDateBetween('effectiveOn', effectiveOn, EARLIEST_EFFECTIVE, addDays(ctx.clock.today, 5 * 365), 'The effective date');
  }

  private async requireFreeLabel(ctx: RequestContext, kind: StandardSetKind, versionLabel: string): Promise<void> {
    if (await ctx.em.count(StandardSet, { kind, versionLabel })) {
      throw new BadUserInput('versionLabel', `${KIND_WORDS[kind]} already have a version ${versionLabel}: give the new one another label`);
    }
  }

  /** The content as given, tidied, or a refusal naming `areas` and saying which area and standard. */
  private checkedContent(areas: readonly StandardAreaInput[]): Content {
    const refuse = (message: string): never => {
      throw new BadUserInput('areas', message);
    };
    if (areas.length > MAX_AREAS) refuse(`A set can have at most ${MAX_AREAS} areas`);
    const text = (value: unknown, where: string, max: number, required: boolean): string => {
      if (typeof value !== 'string') return required ? refuse(`${where} must be given`) : '';
      const tidied = value.trim();
      if (required && !tidied) refuse(`${where} must not be blank`);
      if (tidied.length > max) refuse(`${where} must be at most ${max} characters`);
      if (CONTROL_CHARACTERS.test(tidied)) refuse(`${where} must not contain control characters`);
      return tidied;
    };
    return areas.map((area, i) => {
      const number = i + 1;
      const title = text(area.title, `Area ${number}'s title`, MAX_AREA_TITLE, true);
      if (!Array.isArray(area.standards) || area.standards.length === 0) refuse(`Area ${number} (${title}) needs at least one standard`);
      if (area.standards.length > MAX_STANDARDS_PER_AREA) refuse(`Area ${number} (${title}) can have at most ${MAX_STANDARDS_PER_AREA} standards`);
      return {
        title,
        standards: area.standards.map((standard, j) => ({
          title: text(standard.title, `Standard ${number}.${j + 1}'s title`, MAX_STANDARD_TITLE, true),
          guidance: text(standard.guidance, `Standard ${number}.${j + 1}'s guidance`, MAX_GUIDANCE, false),
        })),
      };
    });
  }

  /** Writes a draft's areas and standards, numbered by position (area "n", standard "n.m"), in two statements. */
  private async writeContent(ctx: RequestContext, set: StandardSet, content: Content): Promise<void> {
    if (content.length === 0) return;
    const areaRows: RequiredEntityData<StandardArea>[] = [];
    const standardRows: RequiredEntityData<Standard>[] = [];
    content.forEach((area, i) => {
      const areaId = randomUUID();
      areaRows.push({ id: areaId, set: set.id, position: i + 1, number: String(i + 1), title: area.title });
      area.standards.forEach((standard, j) => {
        standardRows.push({ id: randomUUID(), set: set.id, area: areaId, position: j + 1, code: `${i + 1}.${j + 1}`, title: standard.title, guidance: standard.guidance });
      });
    });
    await ctx.em.insertMany(StandardArea, areaRows);
    if (standardRows.length) await ctx.em.insertMany(Standard, standardRows);
  }

  /** A version's content, in order (what a copy starts from). */
  private async contentOf(ctx: RequestContext, setId: string): Promise<Content> {
    const areas = await ctx.em.find(StandardArea, { set: setId }, { orderBy: { position: 'asc' } });
    const standards = await ctx.em.find(Standard, { set: setId }, { orderBy: [{ position: 'asc' }] });
    return areas.map((area) => ({
      title: area.title,
      standards: standards.filter((standard) => standard.area.id === area.id).map((standard) => ({ title: standard.title, guidance: standard.guidance })),
    }));
  }

  private where(filter?: StandardSetFilter | null): FilterQuery<StandardSet> {
    const where: FilterQuery<StandardSet> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    if (filter.kind) where.kind = filter.kind;
    if (filter.status) where.status = filter.status;
    if (filter.q?.trim()) where.versionLabel = { $ilike: containsPattern(filter.q) };
    return where;
  }
}
