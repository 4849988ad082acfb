/**
 * The sidebar's entry (bảng điều khiển): starts the app once the page is there, talking to the
 * server through google.script.run. The build inlines this bundle into build/Sidebar.html.
 */
import { startApp } from './app';
import { createRpcClient, type ScriptRunner } from './rpc-client';

const root = document.getElementById('app');
if (root) {
  // Each call starts from google.script.run; its with*Handler() calls give a runner for that call.
  startApp(root, createRpcClient(() => google.script.run as unknown as ScriptRunner));
}
