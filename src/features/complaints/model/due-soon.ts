// Apart from rules.ts so that the dashboard's declaration, which loads with the sign-in page, can name it.
/** A deadline within this many days (today included) is "due this week". */
export const DUE_SOON_DAYS = 7;
