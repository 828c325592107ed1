// Browser code sees no Node globals (tsconfig.browser.json). The one exception: `process.env.NODE_ENV` behind a
// `typeof process` guard, which bundlers replace at build time.
declare var process: { env: { NODE_ENV?: string } } | undefined;
