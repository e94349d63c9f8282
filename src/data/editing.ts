/**
 * Whether the household is in the middle of typing or choosing something.
 * Forms report it; the update flow reads it, so a new version of Hearth never
 * reloads the page under someone filling in a form.
 */
const editing = new Set<string>();
export const editingEvents = new EventTarget();

export function setEditing(id: string, on: boolean): void {
  const had = editing.has(id);
  if (on) editing.add(id);
  else editing.delete(id);
  if (had !== on) editingEvents.dispatchEvent(new Event('change'));
}

export function isEditing(): boolean {
  return editing.size > 0;
}
