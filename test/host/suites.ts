// Every in-host suite, in the order they run. Imported after mocha's globals exist.
import './activation.test';
import './diagnostics.test';
import './scope.test';
import './drafts.test';
import './code-actions.test';
import './commands.test';
import './snippets.test';
import './settings.test';
import './structure.test';
import './morphology.test';
import './bad-config.test';
import './stress.test';
