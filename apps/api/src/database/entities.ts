import { AUTH_ENTITIES } from '@thidua/auth/api';
import { REGISTRY_ENTITIES } from '@thidua/registry/api';
import { AuditLogEntity } from '@thidua/shared/api-core';

/** Every entity of every api lib; each lib exports its own list. */
export const ENTITIES = [AuditLogEntity, ...REGISTRY_ENTITIES, ...AUTH_ENTITIES];
