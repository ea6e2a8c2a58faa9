const { join } = require('node:path');

// The text work runs in worker threads, which load their own bundle beside main.js.
module.exports = require('../../tools/webpack/node-app.config')(__dirname, [
  { entryName: 'text-worker', entryPath: join(__dirname, 'src', 'text-worker.ts') },
]);
