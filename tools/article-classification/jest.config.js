module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'article-classification-tools',
  rootDir: __dirname,
};
