import type { paths } from './schema';
import { ApiError } from './problem.ts';

/** The CSV import endpoints, checked against the document. */
export type ImportPath = Extract<keyof paths, `/api/v1/${string}/imports`>;

export interface UploadOptions {
  path: ImportPath;
  file: Blob;
  headers?: Record<string, string>;
  /** Bytes sent so far and in all; the total is unknown for some bodies. */
  onProgress?: (loaded: number, total: number | null) => void;
}

/**
 * Sends a file with XMLHttpRequest rather than fetch, because only XHR reports upload progress.
 * Resolves with the status and the parsed JSON body; a problem answer is thrown as an ApiError.
 */
export function uploadCsv({ path, file, headers = {}, onProgress }: UploadOptions): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', 'text/csv');
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : null));
    request.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = { message: request.responseText.slice(0, 200) };
      }
      if (request.status >= 200 && request.status < 300) resolve({ status: request.status, body });
      else reject(new ApiError(request.status, body));
    });
    request.addEventListener('error', () => reject(new Error('network error')));
    request.addEventListener('abort', () => reject(new Error('aborted')));
    request.send(file);
  });
}
