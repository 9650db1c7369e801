// Settings for the server, both ways vscode-languageclient offers them:
// - pull: `workspace/configuration` answered from VS Code's settings for the asked scope;
// - push: `workspace/didChangeConfiguration` when a synchronized section changes (and once at the
//   start), for the client's own section and for any the server registers dynamically.
// Journey's server pulls per document and treats the push as "settings changed: pull again".
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { ConfigurationParams, DidChangeConfigurationRegistrationOptions, RegistrationParams, UnregistrationParams } from 'vscode-languageserver-protocol';
import { describe, type SessionFeature } from './client';
import { settingsOf, toJSONObject } from './settingsJson';

const DID_CHANGE_CONFIGURATION = 'workspace/didChangeConfiguration';

/** One setting (or the whole configuration) as JSON, for the scope the server names. */
function readSetting(section: string | undefined, scope: vscode.Uri | undefined): unknown {
  if (!section) {
    const all = vscode.workspace.getConfiguration(undefined, scope);
    return Object.fromEntries(Object.keys(all).filter((key) => all.has(key)).map((key) => [key, toJSONObject(all.get(key))]));
  }
  const dot = section.lastIndexOf('.');
  const value = dot < 0 ? vscode.workspace.getConfiguration(undefined, scope).get(section) : vscode.workspace.getConfiguration(section.slice(0, dot), scope).get(section.slice(dot + 1));
  return value === undefined ? null : toJSONObject(value);
}

export function syncConfiguration(section: string, log: vscode.LogOutputChannel): SessionFeature {
  return ({ connection }) => {
    const listeners = new Map<string, vscode.Disposable>();

    const notify = (sections: string[] | undefined): void => {
      const settings = sections ? settingsOf(sections, (name) => readSetting(name, undefined)) : null;
      connection.sendNotification(DID_CHANGE_CONFIGURATION, { settings }).catch((error: unknown) => log.error(`Sending ${DID_CHANGE_CONFIGURATION} failed: ${describe(error)}`));
    };
    /** Sends the sections now (when there are any) and whenever one of them changes. */
    const watch = (id: string, sections: string[] | undefined): void => {
      listeners.get(id)?.dispose();
      listeners.set(id, vscode.workspace.onDidChangeConfiguration((event) => {
        if (!sections || sections.some((name) => event.affectsConfiguration(name))) notify(sections);
      }));
      if (sections) notify(sections);
    };

    connection.onRequest('workspace/configuration', ({ items }: ConfigurationParams) =>
      items.map((item) => readSetting(item.section ?? undefined, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)));

    // Dynamic registration is claimed for didChangeConfiguration only; anything else is refused.
    connection.onRequest('client/registerCapability', ({ registrations }: RegistrationParams) => {
      const unsupported = registrations.filter((registration) => registration.method !== DID_CHANGE_CONFIGURATION);
      if (unsupported.length > 0) throw new ResponseError(-32602, `This client cannot register ${unsupported.map((r) => r.method).join(', ')} dynamically.`);
      for (const registration of registrations) {
        const wanted = (registration.registerOptions as DidChangeConfigurationRegistrationOptions | undefined)?.section;
        watch(registration.id, typeof wanted === 'string' ? [wanted] : wanted);
      }
    });
    connection.onRequest('client/unregisterCapability', (params: UnregistrationParams & { unregistrations?: UnregistrationParams['unregisterations'] }) => {
      // The protocol spells the field "unregisterations"; accept the correct spelling too.
      for (const { id } of params.unregisterations ?? params.unregistrations ?? []) {
        listeners.get(id)?.dispose();
        listeners.delete(id);
      }
    });

    watch('journey.static', [section]);
    return new vscode.Disposable(() => {
      for (const listener of listeners.values()) listener.dispose();
      listeners.clear();
    });
  };
}
