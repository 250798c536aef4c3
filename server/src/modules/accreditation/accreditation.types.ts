import { Field, Int, ObjectType } from 'type-graphql';
import { AccreditationState } from './accreditation.enums';

@ObjectType()
export class AccreditationStateCount {
  @Field(() => AccreditationState) state: AccreditationState;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "Head office's view of the accreditation pipeline across the network" })
export class AccreditationPipeline {
  @Field(() => [AccreditationStateCount], { description: 'Every state, with how many accreditations are in it (zero included)' })
  byState: AccreditationStateCount[];

  @Field(() => Int, { description: 'Candidates past their 6 months without an award' })
  candidatesOverdue: number;

  @Field(() => Int, { description: 'Accredited or renewal due, expiring within 6 months' })
  renewalsWithinSixMonths: number;

  @Field(() => Int, { description: 'Publicly listed centres (consent and a current accreditation)' })
  publiclyListedCentres: number;

  @Field(() => Int, { description: 'Actions of action plans open or returned past their due date' })
  overdueActions: number;
}
