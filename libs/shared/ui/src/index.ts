export * from './lib/confirm-dialog.component';
export * from './lib/empty-state.component';
export * from './lib/page-header.component';
export * from './lib/day-month-year-date-adapter';
export * from './lib/list-footer.component';
export * from './lib/import-wizard/import-wizard.component';
export * from './lib/file-picker.component';
export * from './lib/datepicker';
