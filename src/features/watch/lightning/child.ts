/**
 * A child that a component's own template (or a pooled row's Spec) declares.
 * Lightning types `tag()` as possibly nothing, since a path may name no child
 * at run time; these always exist, so this says so without a cast, and one
 * missing still fails at once, as a call on nothing did.
 */
export function child<T>(found: T | undefined): T {
  if (found === undefined) throw new TypeError('A child the template declares is missing');
  return found;
}
