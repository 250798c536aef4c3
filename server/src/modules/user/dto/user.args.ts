import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank, PlainText } from '../../../common/validation';
import { PASSWORD_MAX_LENGTH } from '../../../auth/password-policy';
import { Role } from '../../../auth/role';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Text search over email and name' })
  @IsOptional()
  @MaxLength(200)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Users holding a grant in this organisation' })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;
}

/** What a grant covers: checked against the caller's own scope in UserService. */
@ArgsType()
export class GrantArgs {
  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for ORG_ADMIN and CENTRE_COORDINATOR' })
  @IsOptional()
  @IsUUID(undefined, { message: 'organisationId must be the id of a member organisation' })
  organisationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Required for CENTRE_COORDINATOR and ASSESSOR' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true, message: 'centreIds must be ids of centres' })
  centreIds?: string[] | null;
}

/** An invitation: the user and their first grant, in one step as an administrator thinks of it. */
@ArgsType()
export class CreateUserArgs extends GrantArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(120)
  @PlainText()
  displayName: string;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(120)
  @PlainText()
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates: the user is signed out everywhere and cannot sign in' })
  @IsOptional()
  active?: boolean | null;
}

@ArgsType()
export class AddGrantArgs extends GrantArgs {
  @Field(() => ID)
  userId: string;
}

@ArgsType()
export class AcceptInviteArgs {
  @Field(() => String)
  @MaxLength(200)
  token: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

export const USER_SORTABLE = {
  email: 'email',
  displayName: 'displayName',
  lastLoginAt: 'lastLoginAt',
  createdAt: 'createdAt',
  active: 'active',
  id: 'id',
} as const;
