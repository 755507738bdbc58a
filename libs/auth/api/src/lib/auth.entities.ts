import { ApiKeyEntity } from './entities/api-key.entity';
import { LoginThrottleEntity } from './entities/login-throttle.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export const AUTH_ENTITIES = [UserEntity, SessionEntity, LoginThrottleEntity, ApiKeyEntity];
