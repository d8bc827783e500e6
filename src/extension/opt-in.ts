/** Documents opted in with "Lint This Document Always": files in workspaceState, untitled ones for the session. */
import type * as vscode from 'vscode';
import { OPTED_IN_KEY } from './constants.js';

export class OptIns {
  private readonly session = new Set<string>();
  constructor(private readonly state: vscode.Memento) {}

  has(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.session.has(key) || this.stored().includes(key);
  }

  async add(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (uri.scheme === 'untitled') {
      this.session.add(key);
      return;
    }
    const stored = this.stored();
    if (!stored.includes(key)) await this.state.update(OPTED_IN_KEY, [...stored, key]);
  }

  private stored(): string[] {
    const value = this.state.get<unknown>(OPTED_IN_KEY, []);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }
}
