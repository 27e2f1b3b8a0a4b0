#!/usr/bin/env node
import { main, nodeIo, stdoutFailure } from '../dist/cli/main.js';

// `newsx … | head` closes the pipe early, and a full disk fails a write: nothing more can be
// delivered, so stop, with an exit code that does not claim success.
process.stdout.on('error', (error) => {
  const { exitCode, message } = stdoutFailure(error, process.exitCode);
  if (message) process.stderr.write(message);
  process.exit(exitCode);
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
