/** Swedish messages of the evaluation screens. Keys are prefixed by the screen area. */
export const evaluationSv = {} as const satisfies Record<string, string>;
