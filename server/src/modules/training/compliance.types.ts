import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { TrainingState } from '../clearance/clearance.enums';
import { Region } from '../geo';
import { PersonType } from '../person/person.enums';
import { Course } from './course.entity';

@ObjectType({ description: "One person's standing on one mandatory course" })
export class TrainingCell {
  @Field(() => ID) courseId: string;
  @Field(() => TrainingState) state: TrainingState;
  @Field(() => LocalDate, { nullable: true, description: 'Their latest completion' }) completedOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'When it stops being current; null when it does not expire (or was never completed)' }) expiresOn: string | null;
}

@ObjectType({ description: 'A row of the compliance matrix: one active person and each course mandatory for them' })
export class TrainingMatrixRow {
  @Field(() => ID) personId: string;
  @Field(() => String) personName: string;
  @Field(() => PersonType) personType: PersonType;
  @Field(() => ID) organisationId: string;
  @Field(() => TrainingState, { description: 'The worst of their cells (CURRENT when nothing is mandatory for them)' }) trainingStatus: TrainingState;
  @Field(() => [TrainingCell], { description: 'Only the courses mandatory for them: a course missing from the row is not required of them' }) cells: TrainingCell[];
  @Field(() => Float) hoursLast12Months: number;
  @Field(() => Int) creditsLast12Months: number;
}

@ObjectType({ description: 'How many active people stand where, by the worst state of their mandatory training' })
export class TrainingCounts {
  @Field(() => Int) current = 0;
  @Field(() => Int) expiring = 0;
  @Field(() => Int) expired = 0;
  @Field(() => Int) missing = 0;
  @Field(() => Int) total = 0;
}

@ObjectType({ description: 'People × mandatory courses for one organisation or centre' })
export class TrainingMatrix {
  @Field(() => [Course], { description: 'The columns: every course mandatory for someone in the matrix, by code' }) courses: Course[];
  @Field(() => [TrainingMatrixRow], { description: 'Active people, by family name' }) rows: TrainingMatrixRow[];
  @Field(() => TrainingCounts) counts: TrainingCounts;
}

@InputType()
export class TrainingMatrixFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  centreId?: string | null;
}

@ObjectType({ description: 'Training compliance of one area: a region, an organisation or a course' })
export class TrainingAreaCompliance {
  @Field(() => String, { description: 'The region, organisation id or course id' }) key: string;
  @Field(() => String, { description: 'Its name, as shown' }) label: string;
  @Field(() => Region, { nullable: true }) region: Region | null;
  @Field(() => TrainingCounts) counts: TrainingCounts;
}

@ObjectType({ description: "The network's training compliance (the training team and head office), within the caller's scope" })
export class TrainingOverview {
  @Field(() => TrainingCounts, { description: 'Each active person once, by the worst state of their mandatory training' }) totals: TrainingCounts;
  @Field(() => [TrainingAreaCompliance], { description: 'By region, in name order' }) byRegion: TrainingAreaCompliance[];
  @Field(() => [TrainingAreaCompliance], { description: 'By organisation, least compliant first' }) byOrganisation: TrainingAreaCompliance[];
  @Field(() => [TrainingAreaCompliance], { description: 'By mandatory course: how many of those who need it stand where' }) byCourse: TrainingAreaCompliance[];
}


@InputType()
export class TrainingOverviewFilter {
  @Field(() => Region, { nullable: true })
  @IsOptional()
  region?: Region | null;
}
