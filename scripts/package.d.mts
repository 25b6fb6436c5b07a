type Manifest = Record<string, unknown> & { permissions: string[]; background: Record<string, unknown> };
export function chromeManifest(manifest: Manifest): Manifest;
export function firefoxManifest(manifest: Manifest): Manifest;
export function stageExtension(stage: string, forBrowser: (manifest: Manifest) => Manifest): Promise<string>;
