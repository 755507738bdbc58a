/** A server code's sentence in the page's language, from its parameters already as text. */
export type ServerMessageText = (params: Readonly<Record<string, string>>) => string;

export type ServerMessageTexts = Readonly<Record<string, ServerMessageText>>;
