import { WvProvider } from '../provider/provider.js';
import { define } from '../shared/define.js';

define('wv-provider', WvProvider);
