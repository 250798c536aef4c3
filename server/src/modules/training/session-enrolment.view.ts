import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../common/scalars';
import { EnrolmentStatus } from './training.enums';

/** A person's place on a session, as the API shows it (visible exactly when the person is). */
@ObjectType('SessionEnrolment', { description: "A person's place on a course session", simpleResolvers: true })
export class SessionEnrolmentView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => DateTimeISO) createdAt: string;
  @Field(() => ID) sessionId: string;
  @Field(() => ID) personId: string;
  @Field(() => String) personName: string;
  @Field(() => ID) organisationId: string;
  @Field(() => String) organisationName: string;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
}

