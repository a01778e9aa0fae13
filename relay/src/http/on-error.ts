import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isClientAbort } from './client-abort';
import { ApiError, errorBody, type ErrorCode } from './errors';
import type { AppEnv } from './types';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'not_ready',
};

/**
 * The one place errors become responses. Client errors keep their message; anything else is a bug
 * and answers a generic 500 whose details stay in the log, found again by the request id.
 */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  const requestId = c.get('requestId') ?? 'unknown';
  const apiError = toApiError(error);
  if (apiError) return c.json(errorBody(apiError, requestId), apiError.status);
  if (isClientAbort(error)) {
    // The client hung up mid-upload (or was cut off at the request timeout): nothing is wrong here.
    c.get('logger')?.info(
      { method: c.req.method, path: c.req.path },
      'client closed the connection before its request was read',
    );
    return c.json(errorBody(new ApiError('bad_request', 'The request body was not received in full.'), requestId), 400);
  }
  c.get('logger')?.error({ err: error }, 'unhandled error');
  const generic = new ApiError(
    'internal_error',
    'Something went wrong on our side. The request id is in the relay log.',
  );
  return c.json(errorBody(generic, requestId), 500);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) => {
  const error = new ApiError('not_found', `No route for ${c.req.method} ${c.req.path}.`);
  return c.json(errorBody(error, c.get('requestId') ?? 'unknown'), 404);
};

function toApiError(error: Error): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException && error.status < 500) {
    const code = CODE_BY_STATUS[error.status] ?? 'bad_request';
    return new ApiError(code, error.message || defaultMessage(code));
  }
  return undefined;
}

function defaultMessage(code: ErrorCode): string {
  return code.replace(/_/g, ' ');
}
