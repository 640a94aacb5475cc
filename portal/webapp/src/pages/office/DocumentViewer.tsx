import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n";

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * A dossier PDF drawn by pdf.js in the page, one page at a time: officials read the document the
 * investor filed without it leaving the portal. Scripts in the PDF are never run (pdf.js has no
 * scripting here), and pdf.js does not evaluate code it generates (isEvalSupported: false).
 */
export function DocumentViewer({ url, title, onClose }: { url: string; title: string; onClose: () => void }) {
  const { t } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    heading.current?.focus();
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    (async () => {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = new Uint8Array(await response.arrayBuffer());
      loaded = await getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
      if (cancelled) await loaded.destroy();
      else setPdf(loaded);
    })().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [url]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let task: { cancel: () => void } | undefined;
    void pdf.getPage(page).then((p) => {
      const target = canvas.current;
      if (!target) return;
      const viewport = p.getViewport({ scale: 1.4 });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      const render = p.render({ canvas: target, viewport });
      task = render;
      return render.promise.catch(() => undefined);
    });
    return () => task?.cancel();
  }, [pdf, page]);

  return (
    <section className="viewer" aria-labelledby="viewer-title">
      <div className="viewer__bar">
        <h3 id="viewer-title" ref={heading} tabIndex={-1}>
          {title}
        </h3>
        {pdf && (
          <nav className="viewer__pages" aria-label={t("work.viewer.pagesLabel")}>
            <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("work.viewer.previous")}
            </button>
            <span aria-live="polite">{t("work.viewer.where", { page, total: pdf.numPages })}</span>
            <button type="button" className="button button--secondary button--small" disabled={page >= pdf.numPages} onClick={() => setPage(page + 1)}>
              {t("work.viewer.next")}
            </button>
          </nav>
        )}
        <a href={url} className="button button--secondary button--small" download>
          {t("work.viewer.download")}
        </a>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t("work.viewer.close")}
        </button>
      </div>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t("work.viewer.failed")}
        </p>
      ) : !pdf ? (
        <p role="status">{t("common.loading")}</p>
      ) : null}
      <canvas ref={canvas} className="viewer__canvas" role="img" aria-label={pdf ? t("work.viewer.pageImage", { page, total: pdf.numPages, title }) : title} hidden={!pdf} />
    </section>
  );
}
