// A worker for the budget tests: busy for as long as it is asked, like a pathological article.
module.exports = ({ spinMs }) => {
  const end = Date.now() + spinMs;
  while (Date.now() < end);
  return `spun ${spinMs} ms`;
};
