import DataLoader from 'dataloader';
import { Ctx, Field, Float, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { LocalDate } from '../../common/scalars';
import { Binds, uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { personScopeSql } from '../../tenancy/tenant-filter';
import { TrainingState } from '../clearance/clearance.enums';
import { PersonView } from '../person';

@ObjectType({ description: 'A course mandatory for a person, and where they stand on it' })
export class MandatoryCourse {
  @Field(() => ID) courseId: string;
  @Field(() => String) courseCode: string;
  @Field(() => String) courseTitle: string;
  @Field(() => TrainingState) state: TrainingState;
  @Field(() => LocalDate, { nullable: true }) completedOn: string | null;
  @Field(() => LocalDate, { nullable: true }) expiresOn: string | null;
}

@ObjectType({ description: "A person's training at a glance" })
export class PersonTraining {
  @Field(() => [MandatoryCourse], { description: 'Courses mandatory for their type and current centres, by code' }) mandatory: MandatoryCourse[];
  @Field(() => Float, { description: 'Hours of training completed in the last 12 months (NACCC and external)' }) hoursLast12Months: number;
  @Field(() => Int, { description: 'OCN credits awarded in the last 12 months' }) creditsLast12Months: number;
}

/**
 * A person's training at a glance, as a field of Person for a page of people at once: one
 * statement for the whole page (a DataLoader batch), never one per person. (Their records are
 * read with the person, by the people read model.)
 */
@Resolver(() => PersonView)
export class PersonTrainingResolver {
  @FieldResolver(() => PersonTraining)
  training(@Ctx() ctx: RequestContext, @Root() person: PersonView): Promise<PersonTraining> {
    return ctx.loader('training.ofPerson', () => new DataLoader<string, PersonTraining>((ids) => trainingOfPeople(ctx, ids))).load(person.id);
  }
}

async function trainingOfPeople(ctx: RequestContext, ids: readonly string[]): Promise<PersonTraining[]> {
  const binds = new Binds();
  const people = binds.bind(uuidArray(ids));
  const scope = personScopeSql(ctx.scope, 'p', binds.bind);
  const since = `(${binds.bind(ctx.clock.today)}::date - interval '12 months')`;
  const rows = await preparedQuery<{ id: string; training: PersonTraining }>(
    ctx.em,
    `select p.id, json_build_object(
        'mandatory', coalesce((select json_agg(json_build_object('courseId', t.course_id, 'courseCode', t.course_code, 'courseTitle', t.course_title,
                                 'state', t.state, 'completedOn', t.completed_on, 'expiresOn', t.expires_on) order by t.course_code)
                               from app.mandatory_training(p.id, p.person_type, p.centre_service_types) t), '[]'),
        'hoursLast12Months', coalesce((select sum(r.hours)::float8 from training_record r where r.person_id = p.id and r.completed_on > ${since}), 0),
        'creditsLast12Months', coalesce((select sum(r.credits)::int from training_record r where r.person_id = p.id and r.completed_on > ${since}), 0)) as training
     from person p where p.id = any (${people}::uuid[]) and ${scope}`,
    binds.values,
  );
  const byId = new Map(rows.map((row) => [row.id, row.training]));
  return ids.map((id) => byId.get(id) ?? { mandatory: [], hoursLast12Months: 0, creditsLast12Months: 0 });
}
