// What the intranet's coordinator (department admin) page renders: the provider (HTTP backend),
// attendance badges and the roster, bundled together so shared code counts once.
import '../../packages/elements/dist/define/provider.js';
import '../../packages/elements/dist/define/attendance-badge.js';
import '../../packages/elements/dist/define/attendance-roster.js';
