import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../docs-links.js';
import type { LintMessage } from '../rule.js';
import type { Formatter } from './types.js';

const LEVEL = { off: 'none', warn: 'warning', error: 'error' } as const;

/**
 * SARIF 2.1.0 for code scanning: one run, every rule with its help URI and default level, one
 * result per finding. Columns count UTF-16 code units (`columnKind`), as newsx's do; paths under
 * the working directory are relative to %SRCROOT%, so uploads line up with the repository.
 */
export const sarif: Formatter = {
  format(results, options) {
    const ids = [...options.rules.keys()];
    const artifacts: Array<{ location: ArtifactLocation }> = [];
    const sarifResults: unknown[] = [];
    const notifications: unknown[] = [];
    for (const result of results) {
      const artifactIndex = artifacts.push({ location: artifactLocation(result.filePath, options.cwd) }) - 1;
      for (const m of result.messages) {
        const location = { physicalLocation: { artifactLocation: { ...artifactLocation(result.filePath, options.cwd), index: artifactIndex }, region: region(m) } };
        if (m.ruleId === null) {
          notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
          continue;
        }
        sarifResults.push({
          ruleId: m.ruleId,
          ruleIndex: ids.indexOf(m.ruleId),
          level: m.severity,
          message: { text: m.message },
          locations: [location],
        });
      }
    }
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'newsx',
              version: options.version,
              semanticVersion: options.version,
              ...(options.homepage ? { informationUri: options.homepage } : {}),
              rules: [...options.rules.values()].map((rule) => ({
                id: rule.id,
                name: rule.id,
                shortDescription: { text: rule.meta.description },
                ...helpOf(rule.meta.description, options.docsBase === undefined ? null : asUri(ruleDocsUrl(rule.id, options.docsBase))),
                defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity], enabled: rule.meta.defaultSeverity !== 'off' },
                properties: { scope: rule.meta.scope },
              })),
            },
          },
          invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${options.cwd.replace(/[\\/]*$/, '')}/`).href } },
          columnKind: 'utf16CodeUnits',
          artifacts,
          results: sarifResults,
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (filePath === '<stdin>' || filePath === '<text>') return { uri: encodeURIComponent(filePath) };
  if (path.isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(m: LintMessage) {
  return {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.span.text ? { snippet: { text: m.span.text } } : {}),
  };
}


/** A rule's help: its description, and its page when there is a URI to give. */
function helpOf(description: string, uri: string | null) {
  return uri ? { helpUri: uri, help: { text: `${description} See ${uri}` } } : { help: { text: description } };
}

/** A rule page as a URI: a web address as it is, a page shipped in the package as a file URL. */
function asUri(location: string): string {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(location)) return location;
  return path.isAbsolute(location) ? pathToFileURL(location).href : location;
}
