/** Names one key result across trackers, for the open check-in form. */
export function formKey(trackerId: string, keyResultId: string): string {
  return JSON.stringify([trackerId, keyResultId]);
}
