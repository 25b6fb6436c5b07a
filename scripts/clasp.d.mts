export const ROOT_DIR: string;
export function checkClaspConfig(text: string | null): string[];
export function deployArgs(deploymentId: string | undefined, description: string): string[];
export function webAppUrl(deploymentId: string): string;
