// The fault suite stops engines and kills apps, and floods the index with its stream: it runs
// after every other file, so none of them shares the stack with its aftermath.
const Sequencer = require('@jest/test-sequencer').default;

const disruptive = (test) => /[\\/]faults[\\/]/.test(test.path);

class FaultsLastSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered.filter((test) => !disruptive(test)), ...ordered.filter(disruptive)];
  }
}

module.exports = FaultsLastSequencer;
