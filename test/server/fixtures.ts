/** Documents the server tests open. Each is linted by the engine too, and the two compared. */

/** Edition 2020-09 with problems of several rules, fixable and not. */
export const BROKEN = `// Test tenant: broken on purpose.
{
  "policyEdition": "2020-09",
  "tenant": {
    "id": "t-1",
    "signupCountry": "DE",
    "dataResidencyRequired": true
  },
  "residency": {
    "geography": "europe",
    "migration": {
      "targetGeography": "germany",
      "requestPeriodEnds": "2026-06-30",
      "deadline": "2028-12-31",
      "acceptsMinimalDataLoss": true,
      "acceptsReconfiguration": true
    }
  },
  "stores": [
    { "id": "sql-1", "kind": "sqlAzure", "geography": "germany", "data": ["personal", "service"] },
    { "id": "blob-1", "kind": "azureStorage", "geography": "northAmerica", "data": ["auditLogs"] }
  ],
  /* Retention: reviewed
     every quarter. */
  "retention": {
    "telemetry": "P30D",
    "auditLogs": "P2Y"
  },
  "deletion": {
    "active": { "enabled": true, "purgeWithinDays": 30 },
    "passive": { "enabled": true, "purgeWithinDays": 90 }
  },
  "processing": {
    "isoCertified": true,
    "purposes": ["serviceDelivery", "Marketing"]
  }
}
`;

/** A clean file without `policyEdition`: its edition comes from the settings. */
export const NO_EDITION = `{
  "tenant": { "id": "t-2", "signupCountry": "US" },
  "residency": { "geography": "northAmerica" },
  "stores": [],
  "retention": { "auditLogs": 365 },
  "deletion": {
    "active": { "enabled": true, "purgeWithinDays": 30 },
    "passive": { "enabled": true, "purgeWithinDays": 30 }
  },
  "processing": { "isoCertified": true, "purposes": ["serviceDelivery"] },
  "restrictProcessing": { "steps": ["export", "delete"], "exportIncludes": ["accounts", "serviceData", "associatedLogs"] }
}
`;
