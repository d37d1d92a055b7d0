// The order of severities, strongest first when sorted by it.
import type { Severity } from './types';

export const RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1, ok: 0 };
