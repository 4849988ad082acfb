/**
 * The bundle's entry. esbuild wraps everything in one IIFE assigned to the global `ThadsAddon`;
 * the generated build/stubs.js declares the top-level functions Apps Script sees and delegates here.
 * Nothing here may run work at load time: every custom-function call loads the whole bundle.
 */
import { guard } from './functions/guard';
import { registry } from './functions/registry';
import { entrypoints } from './server/entrypoints';

/** Custom functions by name, each guarded so only Vietnamese messages reach a cell. */
export const customFunctions: Record<string, (...args: unknown[]) => unknown> = {};
for (const spec of registry) customFunctions[spec.name] = guard(spec);

/** Triggers, menu actions and sidebar RPC by name. */
export const server: Record<string, (...args: any[]) => unknown> = {};
for (const entry of entrypoints) server[entry.name] = entry.fn;
