/** Word lists for plausible, clearly fictional company and person names. */
export const COMPANY_PREFIXES = [
  'Northwind', 'Bluefin', 'Cobalt', 'Evergreen', 'Harbor', 'Juniper', 'Keystone', 'Lumen', 'Meridian',
  'Nimbus', 'Orchard', 'Pinecrest', 'Quarry', 'Redwood', 'Silverline', 'Tidewater', 'Upland', 'Vantage',
  'Willow', 'Zephyr', 'Alder', 'Brightpath', 'Cedar', 'Driftwood', 'Ember', 'Foxglove', 'Granite',
  'Halcyon', 'Ironbark', 'Kestrel',
] as const;

export const COMPANY_SUFFIXES = [
  'Analytics', 'Logistics', 'Health', 'Labs', 'Systems', 'Studio', 'Foods', 'Partners', 'Robotics',
  'Energy', 'Media', 'Finance', 'Software', 'Retail', 'Travel', 'Learning', 'Security', 'Bio',
] as const;

export const OWNERS = [
  'Amara Okafor', 'Ben Lindqvist', 'Chen Wei', 'Dana Ruiz', 'Elif Demir', 'Farah Haddad',
  'Gabriel Costa', 'Hana Sato', 'Isaac Mensah', 'Julia Novak',
] as const;
