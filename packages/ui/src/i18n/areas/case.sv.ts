/** Swedish messages of the case screens. Keys are prefixed by the screen area. */
export const caseSv = {} as const satisfies Record<string, string>;
