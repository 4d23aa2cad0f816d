/** The languages an editor may tag a name with (the announcement entry form and the entity page). */
export const NAME_LANGUAGES = ["ko", "en", "ru"] as const;
