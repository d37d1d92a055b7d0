// Every rule, in the order the article works: authentication first (knowledge.md §1).
import { rule as authBroken } from './auth-broken';
import { rule as dnsInOrder } from './dns-in-order';
import { rule as dnsUnchecked } from './dns-unchecked';
import { rule as bounceRate } from './bounce-rate';
import { rule as openRate } from './open-rate';
import type { Rule } from '../types';

export const RULES: readonly Rule[] = [authBroken, dnsInOrder, dnsUnchecked, bounceRate, openRate];
