/** A refusal or failure of a remote server (WebDAV, GitHub, a WebSub hub), as one sentence a person can act on. */
import { UserError } from '../../shared/user-error';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class RemoteError extends UserError {
  /** The server could not be reached or failed on its side: worth retrying later, unlike a refused password. */
  readonly unreachable: boolean;
  /** When the server asked to be left alone until (a rate limit), in ms since the epoch. */
  readonly retryAt: number | null;

  constructor(message: string, options: { unreachable?: boolean; retryAt?: number | null } = {}) {
    super(message);
    this.unreachable = options.unreachable ?? false;
    this.retryAt = options.retryAt ?? null;
  }
}
