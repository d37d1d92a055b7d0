// Where the project lives: the manifests' homepage_url, the privacy policy the stores and the
// options page link to (PRIVACY.md in the repository), and the permanent Firefox add-on id.

/** The project's home page (manifest homepage_url). */
export const HOMEPAGE_URL = 'https://github.com/deliverability-lens/deliverability-lens';
/** The privacy policy as published (PRIVACY.md at the top of the repository). */
export const PRIVACY_URL = `${HOMEPAGE_URL}/blob/main/PRIVACY.md`;
/** The Firefox add-on id: permanent once uploaded to AMO, so a GUID the project owns (issue 15). */
export const GECKO_ID = '{824ae010-73d6-46b7-b47c-e4722231984e}';
