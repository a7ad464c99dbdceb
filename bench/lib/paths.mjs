// Where things are. Everything generated goes under bench/.work/ (git-ignored).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const BENCH = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.dirname(BENCH);
export const WORK = path.join(BENCH, '.work');
export const WORKLOADS = path.join(WORK, 'workloads');
export const PEERS = path.join(WORK, 'peers');
export const OUT = path.join(WORK, 'out');
export const GEN = path.join(WORK, 'gen');
export const PROF = path.join(WORK, 'prof');
