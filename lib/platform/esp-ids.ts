// The ESP ids the messages and storage accept. Derived from the ESP registry once it lands
// (lib/esp/providers.ts); until then the api-contract's EspId set.
export const ESP_ID_VALUES = ['mailchimp', 'activecampaign', 'campaign-monitor', 'brevo', 'mailerlite', 'klaviyo'] as const;
