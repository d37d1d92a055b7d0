// French texts (Wallonia, Brussels). Placeholder until the translation lands: it must satisfy
// the Messages type so `tsc` lists every key still missing.
import { en } from './en';
import type { Messages } from './index';

export const fr: Messages = en;
