// What a host page loads to embed booking against a Wellvisit server: the element and the provider
// with the HTTP backend (ky and response validation), bundled together so shared code counts once.
import '../../packages/elements/dist/define/booking.js';
import '../../packages/elements/dist/define/provider.js';
