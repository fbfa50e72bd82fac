/** Swedish messages of the kommun screens. Keys are prefixed by the screen area. */
export const kommunSv = {} as const satisfies Record<string, string>;
