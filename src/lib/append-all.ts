/**
 * Appends `items` to `target` one at a time. `target.push(...items)` passes every item as an
 * argument of one call, and past about a hundred thousand of them (an archive's pages, an
 * agency's articles) V8 stops with "Maximum call stack size exceeded".
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
