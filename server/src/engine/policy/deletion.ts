/** Deletion: how soon personal data is removed after a deletion (rule `deletion/purge-window`). */

/** The longest purge window the policy allows, in days, in every edition. */
export const MAX_PURGE_DAYS = 30;
