import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';

import { RequestContextMiddleware } from '../http/request-context';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** The audit log, and the request context (address, user agent) its entries take their origin from. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
  }
}
