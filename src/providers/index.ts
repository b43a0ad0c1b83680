import { civoProvider } from './civo/provider.js';
import { gcoreProvider } from './gcore/provider.js';
import { registerProvider } from './plugin.js';

// The clouds this service serves, in answer order: adding one is its folder and one line here.
registerProvider(civoProvider);
registerProvider(gcoreProvider);
