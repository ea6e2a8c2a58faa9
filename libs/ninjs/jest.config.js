module.exports = { ...require('../../jest.preset.js'), displayName: 'ninjs', rootDir: __dirname };
