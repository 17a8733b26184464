/** Where the signed-in token lives: this tab's session only (closing the tab signs out). */
export const TOKEN_KEY = 'duban.token';

export const readToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const writeToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const clearToken = (): void => sessionStorage.removeItem(TOKEN_KEY);
