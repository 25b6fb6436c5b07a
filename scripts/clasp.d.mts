export const ROOT_DIR: string;
export const VERSION_LIMIT: number;
export const VERSION_WARNING: number;
export function checkClaspConfig(text: string | null): string[];
export function deployArgs(deploymentId: string | undefined, description: string): string[];
export function webAppUrl(deploymentId: string): string;
export function versionAdvice(count: number): { refuse: boolean; message: string } | null;
export function staleBuild(root: string): string | null;
export function main(command: string, root?: string, out?: { log(text: string): void; error(text: string): void }): Promise<number>;
