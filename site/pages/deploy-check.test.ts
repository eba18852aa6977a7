import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { widgetDataVersion } from './deploy-check';

const sites: string[] = [];

function site(allJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-check-'));
  sites.push(dir);
  if (allJson !== undefined) {
    mkdirSync(join(dir, 'widget/data/views'), { recursive: true });
    writeFileSync(join(dir, 'widget/data/views/all.json'), allJson);
  }
  return dir;
}

afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the dataset version of a build, which must be the seed migrations’ to deploy', () => {
  it('is read from the widget data the build wrote', () => {
    expect(widgetDataVersion(site(JSON.stringify({ format: 'cluster-list/first-view@1', version: 'ae983134575b' })))).toBe('ae983134575b');
  });

  it('is none for a build without widget data, or with a file of another shape', () => {
    expect(widgetDataVersion(site())).toBeNull();
    expect(widgetDataVersion(site(JSON.stringify({ version: 7 })))).toBeNull();
  });
});
