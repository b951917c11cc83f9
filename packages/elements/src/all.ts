/** Registers every Wellvisit element. */
import './define/provider.js';
