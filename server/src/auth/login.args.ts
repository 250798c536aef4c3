import { IsEmail, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PASSWORD_MAX_LENGTH } from './password-policy';

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
