// Where the mock listens unless told otherwise, and so where a page, a sample or MSW's handlers
// expect it: one place for the address every part of the product names.
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4010;
export const DEFAULT_ORIGIN = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
