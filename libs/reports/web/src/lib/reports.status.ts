export type RequestStatus = 'idle' | 'loading' | 'error';
