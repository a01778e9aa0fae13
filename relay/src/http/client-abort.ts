/** Node fails a body read this way when the client's socket closes first (hung up, or cut at the request timeout). */
export function isClientAbort(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (error.message === 'aborted' && code === 'ECONNRESET') || code === 'ERR_STREAM_PREMATURE_CLOSE';
}
