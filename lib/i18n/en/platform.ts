// English texts of lib/i18n/platform.ts, which holds their type, shared helpers and accessor.

export const platform = {
  settingsRepaired: (fields: string[]) =>
    `Some stored settings could not be read (${fields.join(', ')}): those fields are back to their defaults; all your other settings are kept.`,
  historyNotSaved: 'This campaign was not added to your history: the browser storage for the extension is full.',
};
