export * from './lib/reports.module';
export * from './lib/dashboard.service';
export * from './lib/reports.service';
export * from './lib/records.service';
export * from './lib/entities/award-counts.entity';
