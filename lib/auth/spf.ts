// SPF (RFC 7208), the contract's entry point (api-contract.md "SPF"): check_host() for a
// verdict, and parsing. The audit of a domain's whole SPF tree is in spf-audit.ts.
export {
  checkHost,
  isValidSpfDomain,
  MAX_LOOKUPS,
  MAX_VOID_LOOKUPS,
  type SpfQuery,
  type SpfResult,
  type SpfVerdict,
} from './spf-eval';
export { parseSpf, type ParsedSpf, type Term, type Mechanism, type Qualifier } from './spf-parse';
export { isSpfRecord } from './spf-record';
