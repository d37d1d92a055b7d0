// The ESP ids the messages and storage accept: derived from the ESP registry (issue 11 §2), so an
// ESP added there is accepted everywhere at once.
import { ESP_IDS } from '../esp/providers';

export const ESP_ID_VALUES = ESP_IDS;
