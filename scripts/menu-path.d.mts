export function menuPathOf(caption: string): Promise<string>;
export function fillMenuPaths(text: string): Promise<string>;
