// Sites where Sciatica Lens starts paused: webmail, online banking and payments, and patient portals.
// Nothing would leave the browser there anyway; the point is that health terms marked on someone's
// messages, money or medical record are not what they asked for. A starting list, not a complete one:
// the user can remove any entry, add their own, and restore this list from the options page.
// An entry covers the host and its subdomains; "name.*" covers "name.<any domain>".

export const SENSITIVE_SITES: readonly string[] = [
  // Webmail
  "mail.google.com",
  "outlook.live.com",
  "outlook.office.com",
  "outlook.office365.com",
  "mail.yahoo.com",
  "mail.aol.com",
  "mail.proton.me",
  "app.tuta.com",
  "app.fastmail.com",
  "mail.zoho.com",
  "icloud.com",
  // Banking and payments
  "paypal.com",
  "chase.com",
  "bankofamerica.com",
  "wellsfargo.com",
  "citi.com",
  "capitalone.com",
  "usbank.com",
  "americanexpress.com",
  "schwab.com",
  "fidelity.com",
  "hsbc.com",
  "hsbc.co.uk",
  "barclays.co.uk",
  "lloydsbank.com",
  "natwest.com",
  "santander.co.uk",
  "nationwide.co.uk",
  "monzo.com",
  "starlingbank.com",
  "revolut.com",
  "wise.com",
  "commbank.com.au",
  "onlinebanking.*",
  "netbanking.*",
  "ebanking.*",
  // Patient portals
  "mychart.*",
  "mychart.com",
  "followmyhealth.com",
  "healow.com",
  "portal.athenahealth.com",
  "myhealth.va.gov",
  "nhsapp.service.nhs.uk",
  "patientaccess.com",
  "patientportal.*",
];
