/**
 * Rules and figures both sides apply: the API to validate, the client forms to say the same
 * before anything is sent. Pure code without imports, so the browser bundle takes it as it is.
 * Rules that need the database or a setting stay on the server and are served to the client.
 */
export * from './jp';
export * from './limits';
export * from './file-frames';
export * from './evaluation';
