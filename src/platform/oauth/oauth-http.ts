/** A request as the OAuth endpoints read it, and their answer: plain data, so operations need no Fastify. */
export type OAuthHttpRequest = {
  method: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, string>;
};

export type OAuthHttpAnswer = { status: number; headers: Record<string, string>; body: unknown; cause?: unknown };

/** An RFC 6749 §5.2 error answer; never cached. */
export function oauthErrorAnswer(status: number, error: string, description: string, headers: Record<string, string> = {}): OAuthHttpAnswer {
  return { status, headers: { 'cache-control': 'no-store', pragma: 'no-cache', ...headers }, body: { error, error_description: description } };
}
