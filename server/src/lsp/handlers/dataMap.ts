import { lintDocument } from '../../engine';
import { today } from '../clock';
import { documentDataMap, renderDataMap } from '../../engine';
import type { Server } from '../server';
import { DataMapRequest, type DataMapParams, type DataMapResult } from '../shared/protocol';

/**
 * `tenantPrivacy/dataMap`: the document's data map from its lint (the current one, or one made
 * now when the latest change is not linted yet), drawn with the CLI's HTML report's renderer.
 * With linting disabled for the document, the map shows no findings.
 */
export function registerDataMap(server: Server): void {
  server.connection.onRequest(DataMapRequest, async ({ uri }: DataMapParams): Promise<DataMapResult | null> => {
    let view = server.view(uri);
    if (!view) return null;
    let result = view.lint?.result;
    // The limits on the timeline are the ones the document was linted with (an organization's maxDays).
    let ruleOptions = view.lint?.options.ruleOptions;
    if (!result) {
      const settings = await server.settings.forDocument(uri);
      view = server.view(uri);
      if (!view) return null;
      result = settings.enable ? lintDocument(view.doc, { ...settings.options, today: today() }) : { edition: view.edition, diagnostics: [] };
      ruleOptions = settings.options.ruleOptions;
    }
    const findings = result.diagnostics.filter((d) => !d.suppression);
    const map = documentDataMap(view.doc, result.edition, findings, ruleOptions);
    return {
      uri,
      version: view.document.version,
      edition: result.edition,
      html: renderDataMap(map, { idPrefix: 'dm', headingLevel: 2, interactive: true }),
    };
  });
}
