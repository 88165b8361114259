#!/usr/bin/env node
// The server is not compiled (see docs/ARCHITECTURE.md): tsx loads the TypeScript CLI in-process.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
