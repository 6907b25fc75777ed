/** A refusal or failure of a remote server (WebDAV, GitHub, a WebSub hub), as one sentence a person can act on. */
import { UserError } from '../../shared/user-error';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** How long one request may take before it counts as no answer (a hung server must not hold a publish forever). */
export const REQUEST_TIMEOUT_MS = 120_000;

export class RemoteError extends UserError {
  /** The server could not be reached or failed on its side: worth retrying later, unlike a refused password. */
  readonly unreachable: boolean;
  /** When the server asked to be left alone until (a rate limit), in ms since the epoch. */
  readonly retryAt: number | null;
  /** No answer came at all (the request itself failed): the server is down, or the browser kept us from it. */
  readonly noAnswer: boolean;

  constructor(message: string, options: { unreachable?: boolean; retryAt?: number | null; noAnswer?: boolean } = {}) {
    super(message);
    this.unreachable = options.unreachable ?? false;
    this.retryAt = options.retryAt ?? null;
    this.noAnswer = options.noAnswer ?? false;
  }
}
