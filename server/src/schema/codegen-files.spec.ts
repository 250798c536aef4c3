import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../config';

describe('generated typed documents', () => {
  it('are up to date with schema/ and the documents (run `pnpm codegen`)', () => {
    // `--check` exits non-zero, listing the files, when generation would change anything.
    const run = () =>
      execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
        cwd: repoRoot,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    expect(run).not.toThrow();
  });
});
