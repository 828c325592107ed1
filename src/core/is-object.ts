/** A plain object (not null, not an array). Its own module: the core's first bytes need it without the other checks of is.ts. */
export const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v == 'object' && !Array.isArray(v);
