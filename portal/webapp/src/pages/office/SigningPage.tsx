import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { licensingApi } from "../../api/clients";
import { ApiError, call } from "../../api/problem";
import { useSession } from "../../api/session";
import { requestDemoCertificate, useEnrolment, useMyCertificates, workKeys } from "../../api/office";
import { formatDateTime } from "../../format/format";
import { TextAreaField } from "../../forms/fields";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { signerFor, SignerError, type SignerState } from "../../signing";

/** The SHA-256 of a base64 DER certificate, in hex: how the service names certificates. */
async function fingerprintOf(base64: string): Promise<string> {
  const der = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", der));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** PEM certificates pasted from the CA, as the base64 DER strings of x5c. */
export function chainFromPem(text: string): string[] {
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  return blocks.map((m) => (m[1] ?? "").replace(/\s+/g, ""));
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/pkcs10" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function MyCertificates() {
  const { t, lang } = useT();
  const certificates = useMyCertificates();
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t("signing.mine")}</h2>
      <QueryView query={certificates}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t("signing.noneRegistered")}</p>
          ) : (
            <ul className="list certificates">
              {list.map((c) => (
                <li key={c.id} className="certificates__item">
                  <h3 className="certificates__subject">{c.subjectDn}</h3>
                  <dl className="summary-list">
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t("signing.col.status")}</dt>
                      <dd className="summary-list__value">
                        <strong className={`tag tag--${c.status ?? ""}`}>{t(`certificateStatus.${c.status ?? ""}`, { defaultValue: c.status ?? "" })}</strong>
                        {c.revocationReason && <span className="muted"> {c.revocationReason}</span>}
                      </dd>
                    </div>
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t("signing.col.valid")}</dt>
                      <dd className="summary-list__value">
                        {c.notBefore ? formatDateTime(c.notBefore, lang) : ""} – {c.notAfter ? formatDateTime(c.notAfter, lang) : ""}
                      </dd>
                    </div>
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t("signing.col.fingerprint")}</dt>
                      <dd className="summary-list__value">
                        <code className="hash">{c.fingerprint}</code>
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

/**
 * The official's signing key: made in this browser (never leaving it), certified by the office's
 * CA through a PKCS#10 request, and registered with licensing-service.
 */
export function SigningPage() {
  const { t, lang } = useT();
  const session = useSession();
  const client = useQueryClient();
  const account = session.data?.username ?? "";
  const signer = signerFor(account);
  const state = useQuery({ queryKey: ["signer", account], queryFn: () => signer.state(), enabled: Boolean(account) });
  const request = useQuery({ queryKey: ["signer", account, "request"], queryFn: async () => (await signer.certificateRequest()) ?? null, enabled: state.data?.kind === "awaitingCertificate" });
  const enrolment = useEnrolment();
  const chainHead = state.data?.kind === "ready" ? state.data.chain[0] : undefined;
  const fingerprint = useQuery({ queryKey: ["signer", account, "fingerprint", chainHead], queryFn: () => fingerprintOf(chainHead ?? ""), enabled: Boolean(chainHead) });
  const [pasted, setPasted] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string; detail?: string } | null>(null);

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ["signer", account] });
    await client.invalidateQueries({ queryKey: workKeys.myCertificates });
  };
  const step = async (action: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: "success", text: await action() });
    } catch (e) {
      if (e instanceof ApiError) setMessage({ kind: "error", text: e.problem.title || t("errors.unexpected"), ...(e.problem.detail ? { detail: e.problem.detail } : {}) });
      else if (e instanceof SignerError) setMessage({ kind: "error", text: t(`signing.error.${e.reason}`) });
      else setMessage({ kind: "error", text: t("errors.network") });
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const register = async (chain: string[]) => {
    await signer.installChain(chain);
    await call(licensingApi.POST("/officials/me/certificates", { body: { certificateChain: chain } }));
    return t("signing.registered");
  };
  const newKey = () => step(async () => {
    await signer.newKey();
    return t("signing.keyMade");
  });
  const fromDemoCa = () => step(async () => register(await requestDemoCertificate((await signer.certificateRequest()) ?? "")));
  const fromPaste = (e: FormEvent) => {
    e.preventDefault();
    const chain = chainFromPem(pasted);
    if (chain.length === 0) {
      setMessage({ kind: "error", text: t("signing.noPem") });
      return;
    }
    void step(() => register(chain));
  };

  const current: SignerState | undefined = state.data;
  return (
    <Page title={t("signing.title")} lead={<p>{t("signing.lead")}</p>}>
      {message && (
        <div className={`notice notice--${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          <p>{message.text}</p>
          {message.detail && <p>{message.detail}</p>}
        </div>
      )}
      <section className="panel" aria-labelledby="key-title">
        <h2 id="key-title">{t("signing.keyTitle")}</h2>
        {!current ? (
          <p role="status">{t("common.loading")}</p>
        ) : current.kind === "none" ? (
          <>
            <p>{t("signing.none")}</p>
            <button type="button" className="button" disabled={busy} onClick={() => void newKey()}>
              {t("signing.makeKey")}
            </button>
          </>
        ) : current.kind === "awaitingCertificate" ? (
          <>
            <p>{t("signing.awaiting", { date: formatDateTime(current.createdAt, lang) })}</p>
            {enrolment.data?.demoCertificateAuthority && (
              <p>
                <button type="button" className="button" disabled={busy} onClick={() => void fromDemoCa()}>
                  {t("signing.askDemoCa")}
                </button>
              </p>
            )}
            <h3>{t("signing.manualTitle")}</h3>
            <p>{t("signing.manualBody")}</p>
            {request.data && (
              <p>
                <button type="button" className="button button--secondary" onClick={() => download(`${account}.csr.pem`, request.data ?? "")}>
                  {t("signing.downloadRequest")}
                </button>
              </p>
            )}
            <form noValidate onSubmit={fromPaste}>
              <TextAreaField path="certificateChain" label={t("signing.pasteLabel")} hint={t("signing.pasteHint")} value={pasted} onChange={setPasted} rows={6} />
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t("signing.install")}
              </button>
            </form>
          </>
        ) : (
          <>
            <p>
              <strong className="tag tag--verified">{t("signing.ready")}</strong> {t("signing.readySince", { date: formatDateTime(current.createdAt, lang) })}
            </p>
            {fingerprint.data && (
              <p>
                {t("signing.thisCertificate")} <code className="hash" id="key-fingerprint">{fingerprint.data}</code>
              </p>
            )}
            <p className="hint">{t("signing.replaceHint")}</p>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void newKey()}>
              {t("signing.replace")}
            </button>
          </>
        )}
      </section>
      <MyCertificates />
    </Page>
  );
}
