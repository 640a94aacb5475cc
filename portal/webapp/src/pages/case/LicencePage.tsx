import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useLicence } from "../../api/queries";
import type { Application, Licence } from "../../domain/types";
import { formatDate, formatDateTime } from "../../format/format";
import { enumLabel } from "../../forms/labels";
import { useT } from "../../i18n";
import { QueryView } from "../../layout/QueryView";
import { SummaryList } from "../../layout/SummaryList";
import { ApplicationRoute, CaseCaption } from "../apply/ApplicationRoute";

/** The verification link's QR code, rendered here as an SVG data: URL (CSP img-src allows data:). */
export function useQrCode(text: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!text) {
      setUrl(null);
      return;
    }
    // Loaded on the licence page only.
    import("qrcode")
      .then((qr) => qr.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 }))
      .then((svg) => {
        if (live) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setUrl(null);
      });
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

function LicenceBody({ application, licence, id }: { application: Application; licence: Licence; id: string }) {
  const { t, lang } = useT();
  const qr = useQrCode(licence.verificationUrl);
  return (
    <>
      <CaseCaption application={application} />
      <div className="columns">
        <div className="column column--wide">
          <SummaryList
            rows={[
              { key: t("licence.number"), value: <strong>{licence.certificateNumber}</strong> },
              { key: t("licence.projectCode"), value: licence.projectCode },
              { key: t("licence.issuedOn"), value: licence.issuedOn && formatDate(licence.issuedOn, lang) },
              { key: t("licence.status"), value: <strong className={`tag tag--${licence.status ?? ""}`}>{enumLabel(t, "licenceStatus", licence.status)}</strong> },
              { key: t("receipt.reference"), value: licence.applicationReference },
              { key: t("licence.sealedAt"), value: licence.sealedAt && formatDateTime(licence.sealedAt, lang) },
              { key: t("licence.pdfSha256"), value: <span className="hash">{licence.pdfSha256}</span> },
            ]}
          />
          <p>
            <a href={`/api/licensing/applications/${encodeURIComponent(id)}/licence/pdf`} download={`${licence.certificateNumber ?? "licence"}.pdf`} className="button">
              {t("licence.download")}
            </a>
          </p>
          <p className="hint">{t("licence.sealNote")}</p>
        </div>
        <div className="column">
          <section aria-labelledby="verify-title" className="panel">
            <h2 id="verify-title">{t("licence.verifyTitle")}</h2>
            <p>{t("licence.verifyBody")}</p>
            {licence.verificationUrl && (
              <p className="break">
                <a href={licence.verificationUrl}>{licence.verificationUrl}</a>
              </p>
            )}
            {qr && <img className="qr" src={qr} width={192} height={192} alt={t("licence.qrAlt", { number: licence.certificateNumber ?? "" })} />}
          </section>
        </div>
      </div>
      <p>
        <Link to={`/applications/${id}`}>{t("licence.toCase")}</Link>
      </p>
    </>
  );
}

function LicenceLoader({ application, id }: { application: Application; id: string }) {
  const { t } = useT();
  const licence = useLicence(id);
  return (
    <QueryView query={licence}>
      {(l) => (l ? <LicenceBody application={application} licence={l} id={id} /> : <p>{t("licence.notYet")}</p>)}
    </QueryView>
  );
}

export function LicencePage() {
  const { t } = useT();
  return <ApplicationRoute title={t("licence.title")}>{(application, id) => <LicenceLoader application={application} id={id} />}</ApplicationRoute>;
}
