// The built-in providers first (answer order), then the test cloud, all before the schema is built.
import '../../../src/providers/index.js';
import { registerProvider } from '../../../src/providers/plugin.js';
import './graphql.js';
import { testCloudProvider } from './provider.js';

registerProvider(testCloudProvider());
