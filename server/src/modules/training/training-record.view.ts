// Loaded by the server first; imported here too so a unit test reaching this class through the
// training module's index (the person read model does) needs no setup of its own.
import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../common/scalars';
import { TrainingOutcome, TrainingSource } from './training.enums';

/**
 * A training record as the API shows it, built by Postgres in the statement that finds it
 * (training-records.read.ts); each field is declared once more in training-record.read-model.ts.
 * Writes go through the TrainingRecord entity.
 */
@ObjectType('TrainingRecord', { description: 'A course a person completed (or did not): a NACCC course or external training', simpleResolvers: true })
export class TrainingRecordView {
  @Field(() => ID) id: string;
  @Field(() => DateTimeISO) createdAt: string;
  @Field(() => DateTimeISO) updatedAt: string;
  @Field(() => Int) version: number;
  @Field(() => ID) personId: string;
  @Field(() => String, { description: "The person's given and family name" }) personName: string;
  @Field(() => ID) organisationId: string;
  @Field(() => TrainingSource) source: TrainingSource;
  @Field(() => ID, { nullable: true, description: 'The NACCC course; null for external training' }) courseId: string | null;
  @Field(() => String, { nullable: true, description: "The NACCC course's code" }) courseCode: string | null;
  @Field(() => String, { description: "The NACCC course's title, or the external course as recorded" }) courseTitle: string;
  @Field(() => String, { nullable: true }) externalCourse: string | null;
  @Field(() => String, { nullable: true }) externalProvider: string | null;
  @Field(() => ID, { nullable: true }) sessionId: string | null;
  @Field(() => LocalDate) completedOn: string;
  @Field(() => TrainingOutcome) outcome: TrainingOutcome;
  @Field(() => Int) credits: number;
  @Field(() => Float) hours: number;
  @Field(() => String, { nullable: true }) certificateRef: string | null;
  @Field(() => LocalDate, { nullable: true, description: "Completion plus the course's validity; null when it does not expire, or for external training" })
  expiresOn: string | null;
  @Field(() => String, { nullable: true, description: 'Who recorded it' }) recordedByName: string | null;
}
