// Where the content script runs by default (esp-pages.md): Mailchimp's data-centre hosts,
// ActiveCampaign accounts and Campaign Monitor accounts.
export const ESP_MATCHES = ['https://*.admin.mailchimp.com/*', 'https://*.activehosted.com/*', 'https://*.createsend.com/*'];
