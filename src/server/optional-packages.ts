/**
 * The collector's packages are optional peer dependencies of consentry (a browser-only site never
 * installs them), so they are loaded on demand and a missing one is reported by name, with the
 * command that installs it, instead of a bare ERR_MODULE_NOT_FOUND.
 */

/** Thrown when a package the collector needs is not installed. */
export class MissingDependencyError extends Error {
  readonly packages: string[];
  constructor(packages: string[], why: string) {
    super(
      `consentry collector: ${why} needs ${packages.join(', ')}, an optional peer dependency of consentry ` +
        `that is not installed. Install it with: npm install ${packages.join(' ')}`,
    );
    this.name = 'MissingDependencyError';
    this.packages = packages;
  }
}

/** How modules are imported; swappable so tests can simulate a missing package. */
export type Importer = (specifier: string) => Promise<any>;

const nativeImport: Importer = (specifier) => import(specifier);

function isNotFound(err: unknown, specifier: string): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') {
    // A missing package deep inside an installed one is a broken install, not "not installed".
    return typeof e.message === 'string' ? e.message.includes(`'${specifier}'`) : true;
  }
  return false;
}

/** Imports each package, or throws one MissingDependencyError naming every missing one. */
export async function loadPackages(specifiers: string[], why: string, importer: Importer = nativeImport): Promise<any[]> {
  const missing: string[] = [];
  const loaded = await Promise.all(
    specifiers.map((s) =>
      importer(s).catch((err) => {
        if (isNotFound(err, s)) {
          missing.push(s);
          return null;
        }
        throw err;
      }),
    ),
  );
  if (missing.length) throw new MissingDependencyError(missing, why);
  return loaded.map((m) => (m && 'default' in m ? m.default : m));
}
