import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PersonView } from '../person';

@ObjectType({ description: 'Active people by clearance status' })
export class ClearanceCounts {
  @Field(() => Int) cleared = 0;
  @Field(() => Int) expiring = 0;
  @Field(() => Int) expired = 0;
  @Field(() => Int) missingDbs = 0;
  @Field(() => Int) wrongLevel = 0;
  @Field(() => Int) notCleared = 0;
  @Field(() => Int) needsNewCheck = 0;
  @Field(() => Int, { description: 'DBS in order, a mandatory course never completed' }) trainingMissing = 0;
  @Field(() => Int, { description: 'DBS in order, a mandatory course out of date' }) trainingExpired = 0;
  @Field(() => Int, { description: 'Can be rostered; a mandatory course expires within the warning window' }) trainingExpiring = 0;
  @Field(() => Int, { description: 'Everyone counted here' }) total = 0;
  @Field(() => Int, { description: 'Those who cannot be rostered (neither cleared nor expiring): DBS or mandatory training' }) cannotBeRostered = 0;
}

@ObjectType()
export class CentreClearance {
  @Field(() => ID) centreId: string;
  @Field(() => String) centreName: string;
  @Field(() => ClearanceCounts) counts: ClearanceCounts;
}

@ObjectType({ description: "A safeguarding lead's view: who is cleared, what expires soon, who cannot be rostered" })
export class ClearanceSummary {
  @Field(() => ClearanceCounts, { description: 'Each active person once, with or without a centre' })
  totals: ClearanceCounts;

  @Field(() => [CentreClearance], { description: 'Per centre (someone at two centres counts at both)' })
  centres: CentreClearance[];

  @Field(() => [PersonView], { description: 'Active people whose DBS or a mandatory course stops being current within the warning window, soonest DBS expiry first' })
  expiringSoon: PersonView[];

  @Field(() => [PersonView], { description: 'Active people who cannot be rostered, with the action each needs' })
  cannotBeRostered: PersonView[];
}

@InputType()
export class ClearanceSummaryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  centreId?: string | null;
}
