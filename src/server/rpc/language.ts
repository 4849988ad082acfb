import type { SetLanguageRequest, SetLanguageResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';

/** The user property holding the sidebar's language (ngôn ngữ của bảng điều khiển), per user. */
export const LANGUAGE_KEY = 'thads.language';

/**
 * The sidebar's language for this user: the one they chose last, else their Google locale's
 * ("vi", "vi_VN" → vi; any other locale → en; none known → vi, the add-on's own language).
 *
 * @example userLanguage(port) // 'vi'
 */
export function userLanguage(port: SheetsPort): 'vi' | 'en' {
  const chosen = port.getUserSetting(LANGUAGE_KEY);
  if (chosen === 'vi' || chosen === 'en') return chosen;
  const locale = port.userLocale().trim().toLowerCase();
  return locale === '' || locale.startsWith('vi') ? 'vi' : 'en';
}

/** sidebarSetLanguage: remembers the language the user switched to (user properties: theirs alone). */
export function setLanguage(port: SheetsPort, request: SetLanguageRequest): SetLanguageResponse {
  port.setUserSetting(LANGUAGE_KEY, request.language);
  return { ok: true };
}
