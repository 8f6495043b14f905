/** A value that every module instance in this process sees: get it, and set or clear it. */
export interface ProcessGlobal<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

/**
 * One value per process under `name`, kept on globalThis: Astro runs the content loader,
 * the integrations and the page modules of one build as separate module instances, so
 * module-level state is not shared between them.
 */
export function processGlobal<T>(name: string): ProcessGlobal<T> {
  const key = Symbol.for(`dispatch.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => store[key],
    set: (value) => {
      store[key] = value;
    },
  };
}
