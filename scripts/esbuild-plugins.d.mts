import type { Plugin } from 'esbuild';
export declare const azShallowFreeze: Plugin;
