/** The other language's URL for a path inside the app: `/x` (vi, base `/`) ⇄ `/en/x` (en). */
export function otherLanguageHref(localeId: string, appPath: string): string {
  const path = appPath.startsWith('/') ? appPath : `/${appPath}`;
  return localeId.toLowerCase().startsWith('vi') ? `/en${path}` : path;
}
