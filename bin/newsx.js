#!/usr/bin/env node
import { main, nodeIo } from '../dist/cli/main.js';

// `newsx … | head` closes the pipe early: nothing more can be delivered, so stop quietly.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
