/** "1 key result", "3 key results": the one plural rule of every strings module. */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
