// Every app is bundled the same way: its own code and the @newsflow/* libs into one main.js,
// npm packages left external and installed beside it.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { basename, join } = require('node:path');

module.exports = function nodeAppConfig(appDir, additionalEntryPoints = []) {
  const name = basename(appDir);
  return {
    // commonjs2: an additional entry (a worker thread's task) is loaded with require and needs its exports.
    output: { path: join(__dirname, '..', '..', 'dist', 'apps', name), clean: true, library: { type: 'commonjs2' } },
    devtool: 'source-map',
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'swc',
        main: join(appDir, 'src', 'main.ts'),
        additionalEntryPoints,
        tsConfig: join(appDir, 'tsconfig.app.json'),
        outputHashing: 'none',
        optimization: false,
        generatePackageJson: false,
        sourceMap: true,
        skipTypeChecking: true,
      }),
    ],
  };
};
