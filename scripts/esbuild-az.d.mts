// Types of scripts/esbuild-az.mjs (a plain ES module, so that esbuild.mjs can run it).
import type { Plugin } from 'esbuild';
export declare const azWithoutLoader: Plugin;
