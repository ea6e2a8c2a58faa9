module.exports = { ...require('../../jest.preset.js'), displayName: 'search-api', rootDir: __dirname };
