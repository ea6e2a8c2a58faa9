module.exports = { ...require('../../jest.preset.js'), displayName: 'search-index', rootDir: __dirname };
