import type { ReactNode } from "react";
import { useParams } from "react-router";
import { isStatus } from "../../api/problem";
import { useApplication } from "../../api/queries";
import type { Application } from "../../domain/types";
import { Page } from "../../layout/Page";
import { QueryView } from "../../layout/QueryView";
import { NotFoundPage } from "../NotFoundPage";

/** A page about one application (:id): "not found" when it does not exist or is not the user's. */
export function ApplicationRoute({ title, wide, children }: { title: string; wide?: boolean; children: (application: Application, id: string) => ReactNode }) {
  const { id = "" } = useParams();
  const application = useApplication(id);
  if (isStatus(application.error, 404) || isStatus(application.error, 400)) {
    return <NotFoundPage what="application" />;
  }
  return (
    <Page title={title} wide={wide}>
      <QueryView query={application}>{(a) => children(a, id)}</QueryView>
    </Page>
  );
}

/** The line under a page title naming the case. */
export function CaseCaption({ application }: { application: Application }) {
  return (
    <p className="caption">
      {application.reference}
      {application.projectName ? ` – ${application.projectName}` : ""}
    </p>
  );
}
