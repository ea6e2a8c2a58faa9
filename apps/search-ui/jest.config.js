// Unit tests of the UI's pure logic (URL state, highlighted text); the pages are tested in a real browser.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'search-ui',
  rootDir: __dirname,
};
