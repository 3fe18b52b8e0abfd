/** Errors the outbox gives its callers: typed, with what to do about them. */
import { TongxinError } from '../client/errors.js';

/** The device has no room left to keep the submission; nothing was saved, earlier items are intact. */
export class StorageQuotaError extends TongxinError {
  override name = 'StorageQuotaError';
  constructor(cause?: unknown) {
    super(
      '[tongxin] outbox: the browser refused to store the submission (storage quota exceeded); free space or submit while online',
      undefined,
      { cause },
    );
  }
}

/** An attachment is larger than the outbox keeps offline. */
export class AttachmentTooLargeError extends TongxinError {
  override name = 'AttachmentTooLargeError';
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(`[tongxin] outbox: "${fileName}" is ${size} bytes, more than the ${limit} bytes an attachment may have; choose a smaller file`);
  }
}

/** The browser's storage could not be used (blocked, private mode, connection lost). */
export class StorageUnavailableError extends TongxinError {
  override name = 'StorageUnavailableError';
  constructor(
    readonly reason: 'blocked' | 'unavailable' | 'outdated',
    cause?: unknown,
  ) {
    super(`[tongxin] outbox: browser storage is unavailable (${reason})`, undefined, { cause });
  }
}

/** The call is not one the outbox can queue (unknown route, invalid input). */
export class OutboxUsageError extends TongxinError {
  override name = 'OutboxUsageError';
}

/** Whether `error` is the browser saying it is out of storage space. */
export const isQuotaError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { name?: string }).name === 'QuotaExceededError' || (error as { code?: number }).code === 22);
