import type { BuildOptions, Plugin } from 'esbuild';
export function engineExports(options: BuildOptions): Promise<string[]>;
export function lazyEngine(names: readonly string[], file: string): Plugin;
