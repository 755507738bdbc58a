export * from './lib/reports.paths';
export * from './lib/reports.routes';
export * from './lib/tasks/my-tasks.component';
export * from './lib/tasks/tasks.api';
