/**
 * OAuth scopes (phạm vi quyền): which scope each service method the runtime offers needs, and the
 * error Apps Script gives when the manifest's `oauthScopes` lacks it. With explicit oauthScopes
 * Apps Script grants exactly those; a call needing another fails, whatever the mode.
 */

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheets: `${AUTH}spreadsheets`,
  currentOnly: `${AUTH}spreadsheets.currentonly`,
  containerUi: `${AUTH}script.container.ui`,
  externalRequest: `${AUTH}script.external_request`,
  userEmail: `${AUTH}userinfo.email`,
  scriptApp: `${AUTH}script.scriptapp`,
} as const;

/** Either spreadsheet scope will do for the bound (current) spreadsheet. */
const SPREADSHEET = [SCOPES.currentOnly, SCOPES.spreadsheets] as const;
/** Opening any other spreadsheet needs the broad one: currentonly does not cover it. */
const ANY_SPREADSHEET = [SCOPES.spreadsheets] as const;

/** The classes of the Spreadsheet service: every method reads or changes the spreadsheet. */
const SPREADSHEET_TYPES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DeveloperMetadata', 'DeveloperMetadataFinder',
  'DeveloperMetadataLocation', 'EmbeddedChart', 'EmbeddedChartBuilder', 'ConditionalFormatRule', 'ConditionalFormatRuleBuilder',
]);

/** Methods whose scope differs from their class's. */
const BY_METHOD: Record<string, readonly string[]> = {
  // Opening a file by id or url reaches beyond the current spreadsheet.
  'SpreadsheetApp.openById': ANY_SPREADSHEET,
  'SpreadsheetApp.openByUrl': ANY_SPREADSHEET,
  'SpreadsheetApp.open': ANY_SPREADSHEET,
  'SpreadsheetApp.create': ANY_SPREADSHEET,
  // Getting the Ui and building a menu need no scope (onOpen builds it in AuthMode.NONE);
  // showing anything does.
  'SpreadsheetApp.getUi': [],
  'Ui.showSidebar': [SCOPES.containerUi],
  'Ui.showModalDialog': [SCOPES.containerUi],
  'Ui.showModelessDialog': [SCOPES.containerUi],
  'Ui.alert': [SCOPES.containerUi],
  'Ui.prompt': [SCOPES.containerUi],
  'User.getEmail': [SCOPES.userEmail],
  'ScriptApp.getProjectTriggers': [SCOPES.scriptApp],
  'ScriptApp.newTrigger': [SCOPES.scriptApp],
};

/** Services of other kinds that need a scope for every method (if the runtime offers them). */
const BY_TYPE: Record<string, readonly string[]> = {
  UrlFetchApp: [SCOPES.externalRequest],
};

/**
 * The scopes any one of which lets `type.method` run; [] when it needs none (Properties, Lock,
 * Cache, Utilities, Logger, HtmlService, Menu…).
 * @example requiredScopes('Range', 'getValues') // [currentonly, spreadsheets]
 */
export function requiredScopes(type: string, method: string): readonly string[] {
  const own = BY_METHOD[`${type}.${method}`];
  if (own) return own;
  if (SPREADSHEET_TYPES.has(type)) return SPREADSHEET;
  return BY_TYPE[type] ?? [];
}

/**
 * Apps Script's message when the project was not granted a scope `type.method` needs; undefined
 * when it may run. `granted` undefined: the manifest lists no oauthScopes (Apps Script then grants
 * what the code uses).
 */
export function missingScope(granted: ReadonlySet<string> | undefined, type: string, method: string): string | undefined {
  if (!granted) return undefined;
  const needed = requiredScopes(type, method);
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return undefined;
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  return `You do not have permission to call ${type}.${method}. Required permissions: ${list}`;
}
