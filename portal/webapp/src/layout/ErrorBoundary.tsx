import { Component, type ErrorInfo, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useT } from "../i18n";

function Fallback() {
  const { t } = useT();
  return (
    <div className="page">
      <h1 className="page-title" tabIndex={-1}>
        {t("errorPage.title")}
      </h1>
      <p>{t("errorPage.body")}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("errorPage.reload")}
        </button>
      </p>
      <p>
        <a href="/">{t("errorPage.home")}</a>
      </p>
    </div>
  );
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Page failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}

/** A generic error page instead of a blank screen; navigating elsewhere starts afresh. */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Boundary key={location.pathname}>{children}</Boundary>;
}
