import { runStage } from '@newsflow/config';

// The stage's code is imported after the HTTP port is open, so liveness answers while it loads.
runStage('translator', () => import('./stage'));
