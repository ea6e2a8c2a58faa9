// The entry of the text worker threads' bundle (text-worker.js beside main.js).
export { default } from '@newsflow/stage-normalise/worker';
