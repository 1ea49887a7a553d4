// Private filter values live in memory only: they survive moving into a record and back within the tab, but
// not a reload, and never touch the URL or web storage. Sign-out empties them (see useSignOut). A module of its
// own so that the session code, loaded with the sign-in page, does not carry the list state's code.
export const privateStore = new Map<string, Record<string, string>>();

export function clearPrivateListState() {
  privateStore.clear();
}
