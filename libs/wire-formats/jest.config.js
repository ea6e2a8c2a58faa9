module.exports = { ...require('../../jest.preset.js'), displayName: 'wire-formats', rootDir: __dirname };
