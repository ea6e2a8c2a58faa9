module.exports = { ...require('../../jest.preset.js'), displayName: 'article-store', rootDir: __dirname };
