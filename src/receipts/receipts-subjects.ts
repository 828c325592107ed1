/** The subject id `s`'s chain went on under: `s` itself unless it `moved` (to a new subject id). */
export const resolveSubject = (moved: Map<string, string>, s: string | undefined) => {
  while (s && moved.has(s)) s = moved.get(s)!;
  return s;
};
