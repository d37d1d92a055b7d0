// Loads an ESP page fixture into the current DOM implementation (happy-dom in unit tests).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from the file path, not new URL(): under happy-dom the URL global is the DOM's.
export const ESP_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/esp/');

/** Parses a fixture file as a document, as the browser would before scripts run. */
export function loadFixtureDocument(file: string): Document {
  const html = readFileSync(ESP_FIXTURE_DIR + file, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Reads the JSON next to a fixture. */
export function loadExpected(file: string): unknown {
  return JSON.parse(readFileSync(ESP_FIXTURE_DIR + file, 'utf8'));
}
