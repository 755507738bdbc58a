import { LoginFailureEntity } from './entities/login-attempt.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export const AUTH_ENTITIES = [UserEntity, SessionEntity, LoginFailureEntity];
