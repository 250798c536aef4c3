import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { ClearanceStatus, TrainingState } from '../clearance/clearance.enums';
import { DbsLevel } from '../dbs/dbs.enums';
import { Organisation } from '../organisation/organisation.entity';
import { PersonStatus, PersonType } from './person.enums';
import { TrainingRecordView } from '../training';

/** One spell of a person at a centre, as the API shows it (the CentreAssignment entity is its record; its SQL: person.read-model.ts). */
@ObjectType('CentreAssignment', { description: 'A spell of a person at one centre', simpleResolvers: true })
export class CentreAssignmentView {
  @Field(() => ID)
  centreId: string;

  @Field(() => LocalDate)
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while the person still works there' })
  endedOn: string | null;
}

/**
 * A person as the API shows them: their record, their clearance and, when asked for, their centre
 * history, all built by Postgres in the statement that finds them (people.read.ts). It is data,
 * not an entity: writes go through the Person entity and the rules of PersonService, and every
 * query or mutation that returns a person reads them back through the same statement. Each field
 * is declared once more, and only once, in the read model (person.read-model.ts: its SQL, sort,
 * filter, CSV column and who sees it); a field added here does not compile until it is there.
 *
 * Every field is a plain property (`simpleResolvers`): on a page of people GraphQL reads some 700
 * fields, and a resolver per field, or a copy of the row per field resolver (which type-graphql
 * makes for a row that is not an instance of the class), was a measurable part of each request.
 */
@ObjectType('Person', { description: 'A volunteer, member of staff, coordinator, trustee or sessional worker', simpleResolvers: true })
export class PersonView {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeISO)
  createdAt: string;

  @Field(() => DateTimeISO)
  updatedAt: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  organisationId: string;

  /** `{ id }` unless the selection asks for more of the organisation. */
  @Field(() => Organisation)
  organisation: Pick<Organisation, 'id'> | Organisation;

  @Field(() => String)
  givenName: string;

  @Field(() => String)
  familyName: string;

  @Field(() => String, { description: 'Given and family name, as shown in lists' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Unique within the organisation' })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => PersonType)
  personType: PersonType;

  @Field(() => LocalDate)
  startDate: string;

  @Field(() => LocalDate, { nullable: true })
  leaveDate: string | null;

  @Field(() => PersonStatus)
  status: PersonStatus;

  @Field(() => [ID], { description: 'Centres they work at now' })
  centreIds: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => [CentreAssignmentView], { description: 'Every spell at a centre, newest first' })
  centreHistory: CentreAssignmentView[];

  @Field(() => [TrainingRecordView], { description: 'Their training records, newest first' })
  trainingRecords: TrainingRecordView[];

  @Field(() => ClearanceStatus, { description: 'Whether they can be rostered, from their latest DBS and their centres' })
  clearanceStatus: ClearanceStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When their DBS stops being current; null without one' })
  clearanceExpiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'What needs doing about their clearance; null when nothing is due' })
  clearanceAction: string | null;

  @Field(() => TrainingState, { description: 'The worst state of their mandatory courses (CURRENT when none is required)' })
  trainingStatus: TrainingState;

  @Field(() => [String], { description: 'Mandatory courses missing or out of date, as "title (code)"' })
  trainingDue: string[];

  @Field(() => LocalDate, { nullable: true, description: 'The soonest a mandatory course of theirs stops being current; null when none expires' })
  trainingExpiresOn: string | null;

  @Field(() => DbsLevel, { description: "The DBS level their centres' services need" })
  requiredDbsLevel: DbsLevel;

  @Field(() => DbsLevel, {
    nullable: true,
    description: 'Level of their latest DBS: for their organisation admins and coordinators only (null for others, and without a DBS)',
  })
  latestDbsLevel: DbsLevel | null;
}
