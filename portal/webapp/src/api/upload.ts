import { licensingApi } from "./clients";
import { call } from "./problem";
import type { DocumentType, DossierDocument } from "../domain/types";

/** How far an upload has gone, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * A fetch for ONE multipart request that sends `form` with XMLHttpRequest, whose upload events
 * report progress (fetch cannot). Handed to the typed client as its per-request `fetch`, so the
 * call still goes through the client: its path and types, its middleware (X-Requested-With, the
 * session-expiry redirect) and its problem handling. URL, method and headers come from the
 * client's Request; the body is the same FormData (so the boundary is XHR's own).
 */
export function progressFetch(form: FormData, onProgress: (p: UploadProgress) => void): (request: Request) => Promise<Response> {
  return (request) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => {
        if (name.toLowerCase() !== "content-type") {
          xhr.setRequestHeader(name, value);
        }
      });
      xhr.withCredentials = true;
      xhr.responseType = "blob";
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress({ loaded: e.loaded, total: e.total });
      };
      xhr.onload = () => resolve(new Response(xhr.status === 204 ? null : (xhr.response as Blob), { status: xhr.status, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
      xhr.onerror = () => reject(new TypeError("Network request failed"));
      xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
      request.signal.addEventListener("abort", () => xhr.abort());
      xhr.send(form);
    });
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(":");
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/** Uploads one dossier file (a new version when the type already has one). */
export function uploadDocument(
  applicationId: string,
  type: DocumentType,
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<DossierDocument> {
  const form = new FormData();
  form.append("type", type);
  form.append("file", file, file.name);
  return call(
    licensingApi.POST("/applications/{id}/documents", {
      params: { path: { id: applicationId } },
      // The generated type of the binary part is `string`; what is sent is `form`, File included.
      body: { type, file: file.name },
      bodySerializer: () => form,
      fetch: progressFetch(form, onProgress),
    }),
  );
}
