import { useQuery } from "@tanstack/react-query";
import { decodeJwt } from "jose";
import { investorApi, licensingApi } from "../../api/clients";
import { call } from "../../api/problem";
import { formatDateTime } from "../../format/format";
import { useT } from "../../i18n";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { ChainVerdict } from "./AuditParts";

interface Checkpoint {
  fromSequence?: number;
  toSequence?: number;
  jws?: string;
}

/** When a checkpoint was sealed, as its signed payload says (read, not trusted: the verification above checks it). */
function sealedAt(jws: string | undefined): string | undefined {
  try {
    const claims = decodeJwt(jws ?? "") as Record<string, unknown>;
    for (const k of ["sealedAt", "createdAt", "at"]) if (typeof claims[k] === "string") return claims[k] as string;
    if (typeof claims.iat === "number") return new Date(claims.iat * 1000).toISOString();
  } catch {
    return undefined;
  }
  return undefined;
}

function Service({ name, verify, checkpoints }: { name: string; verify: () => Promise<unknown>; checkpoints: () => Promise<Checkpoint[]> }) {
  const { t, lang } = useT();
  const report = useQuery({ queryKey: ["audit", "chain", name], queryFn: verify });
  const seals = useQuery({ queryKey: ["audit", "checkpoints", name], queryFn: checkpoints });
  return (
    <section className="panel" aria-labelledby={`chain-${name}`}>
      <h2 id={`chain-${name}`}>{t(`audit.chain.service.${name}`)}</h2>
      <QueryView query={report}>{(r) => <ChainVerdict report={r as never} />}</QueryView>
      <h3>{t("audit.chain.checkpoints")}</h3>
      <QueryView query={seals}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t("audit.chain.noCheckpoints")}</p>
          ) : (
            <ul className="list">
              {list.slice(-20).reverse().map((c) => {
                const at = sealedAt(c.jws);
                return (
                  <li key={c.fromSequence}>
                    {t("audit.chain.checkpoint", { from: c.fromSequence ?? 0, to: c.toSequence ?? 0 })}
                    {at && <span className="muted"> · {formatDateTime(at, lang)}</span>} · <strong className="tag tag--verified">{t("audit.chain.sealed")}</strong>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

/** Both services' hash chains verified end to end now, in words. */
export function AuditChainPage() {
  const { t } = useT();
  return (
    <Page title={t("audit.chain.title")} lead={<p>{t("audit.chain.lead")}</p>}>
      <Service name="licensing" verify={() => call(licensingApi.GET("/audit/chain/verification"))} checkpoints={() => call(licensingApi.GET("/audit/checkpoints"))} />
      <Service name="investor" verify={() => call(investorApi.GET("/audit/chain/verification"))} checkpoints={() => call(investorApi.GET("/audit/checkpoints"))} />
    </Page>
  );
}
