import { createContext } from '@lit/context';
import type { WellvisitBackend } from '@wellvisit/sdk';

/** The backend `<wv-provider>` gives to the elements inside it. */
export const backendContext = createContext<WellvisitBackend | undefined>(
  Symbol('wellvisit-backend'),
);

/** The locale `<wv-provider>` resolves (its `locale`, else the nearest `lang`) for those inside. */
export const localeContext = createContext<string | undefined>(Symbol('wellvisit-locale'));
