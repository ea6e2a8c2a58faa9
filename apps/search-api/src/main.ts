import { runService } from '@newsflow/config';

// The app's code (express, Nest) is imported after tracing has started, so its HTTP server is traced.
runService('search-api', () => import('./start-search-api').then(({ startSearchApi }) => startSearchApi()));
