// The background's side of the tab's stores (tab-stores.ts): each 'store-*' message, already
// validated by the router (message-schemas.ts), answered with the stores' own functions, so a
// value is read, repaired and written the same way whichever part of the extension asks.
import type { Handlers } from './router';
import { asFailure } from './messages';
import {
  loadHistory,
  loadSenderDomains,
  loadSettings,
  loadUiState,
  recordHistory,
  saveSenderDomain,
  saveUiState,
} from './storage';
import { loadReadingsByKey, saveReading } from './readings-store';
import { dismissCampaign, loadPanelState, savePanelCollapsed } from './panel-state';
import { loadMessageCheck } from './message-store';
import type { HistoryEntry } from '../history/entries';

const done = () => ({ ok: true as const });

/** The handlers of the 'store-*' messages. */
export function createStoreHandlers(): Handlers {
  return {
    'store-settings': () => loadSettings(),
    'store-panel': async () => {
      const [senderDomains, history, panelState, uiState] = await Promise.all([
        loadSenderDomains(),
        loadHistory(),
        loadPanelState(),
        loadUiState(),
      ]);
      return { senderDomains, history, panelState, uiState };
    },
    'store-readings': (req) => loadReadingsByKey(req.key),
    // The schemas keep figures only (readings-schema.ts, history-schema.ts): what a tab sends
    // beyond them is not stored, as it would not be read back. The history schema takes any short
    // provider name, as its reader does (history-schema.ts parseHistoryList casts the same way).
    'store-save-reading': (req) => saveReading(req.reading),
    'store-record-history': (req) => recordHistory(req.account, req.entry as HistoryEntry),
    'store-sender-domain': (req) => saveSenderDomain(req.account, req.domain).then(done, asFailure),
    'store-ui': (req) => saveUiState(req.state).then(done, asFailure),
    'store-collapsed': (req) => savePanelCollapsed(req.collapsed).then(done, asFailure),
    'store-dismiss': (req) => dismissCampaign(req.key).then(done, asFailure),
    'store-message-check': async (req) => {
      const summary = await loadMessageCheck(req.domain);
      return summary ? { summary } : {};
    },
  };
}
