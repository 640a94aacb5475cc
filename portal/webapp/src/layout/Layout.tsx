import { discardAllUnsaved } from "../api/unsaved";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useInboxEvents, usePendingInvestorCount, useTaskCounts } from "../api/office";
import { isAdministrator, isAuditor, isOfficial, isReception } from "../domain/roles";
import { Link, NavLink } from "react-router";
import { useNotifications } from "../api/queries";
import { useSession, type Session } from "../api/session";
import { loginUrl, signupUrl } from "../api/middleware";
import { changeLanguage, LANGUAGES, useT } from "../i18n";
import { unreadCount } from "../pages/notifications/unread";

function LanguageSwitch() {
  const { t, lang } = useT();
  return (
    <nav className="language-switch" aria-label={t("header.languageNav")}>
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l}>
            <button type="button" lang={l} aria-pressed={lang === l} className="language-switch__button" onClick={() => void changeLanguage(l)}>
              {l === "vi" ? "Tiếng Việt" : "English"}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotificationsLink({ session }: { session: Session }) {
  const { t } = useT();
  const notifications = useNotifications(0, 20);
  const unread = unreadCount(session.username, notifications.data?.items ?? []);
  return (
    <NavLink to="/notifications">
      {t("nav.notifications")}
      {unread > 0 && (
        <span className="badge">
          {unread}
          <span className="visually-hidden"> {t("nav.unread", { count: unread })}</span>
        </span>
      )}
    </NavLink>
  );
}

/** The inbox link with the number of unclaimed tasks; a new task or a newly overdue one is announced. */
function InboxLink() {
  const { t } = useT();
  useInboxEvents();
  const counts = useTaskCounts();
  const unclaimed = counts.data?.unclaimed ?? 0;
  const overdue = counts.data?.overdue ?? 0;
  const seen = useRef<{ unclaimed: number; overdue: number } | null>(null);
  const [news, setNews] = useState("");
  useEffect(() => {
    if (!counts.data) return;
    const before = seen.current;
    if (before && unclaimed > before.unclaimed) setNews(t("nav.newTasks", { count: unclaimed - before.unclaimed }));
    else if (before && overdue > before.overdue) setNews(t("nav.newOverdue", { count: overdue - before.overdue }));
    seen.current = { unclaimed, overdue };
  }, [counts.data, unclaimed, overdue, t]);
  return (
    <>
      <NavLink to="/inbox" end>
        {t("nav.inbox")}
        {unclaimed > 0 && (
          <span className="badge">
            {unclaimed}
            <span className="visually-hidden"> {t("nav.unclaimed", { count: unclaimed })}</span>
          </span>
        )}
        {overdue > 0 && (
          <span className="badge badge--alert">
            {overdue}
            <span className="visually-hidden"> {t("nav.overdue", { count: overdue })}</span>
          </span>
        )}
      </NavLink>
      <span className="visually-hidden" role="status">
        {news}
      </span>
    </>
  );
}

/** Reception's register, with the number of records waiting for verification. */
function InvestorsLink() {
  const { t } = useT();
  const pending = usePendingInvestorCount().data ?? 0;
  return (
    <NavLink to="/investors">
      {t("nav.investors")}
      {pending > 0 && (
        <span className="badge">
          {pending}
          <span className="visually-hidden"> {t("nav.pendingInvestors", { count: pending })}</span>
        </span>
      )}
    </NavLink>
  );
}

function AccountNav({ session }: { session: Session }) {
  const { t } = useT();
  const investor = session.roles.includes("investor");
  const official = isOfficial(session);
  const administrator = isAdministrator(session);
  const auditor = isAuditor(session);
  return (
    <nav className="main-nav" aria-label={t("header.mainNav")}>
      <ul>
        {investor && (
          <>
            <li>
              <NavLink to="/dashboard">{t("nav.dashboard")}</NavLink>
            </li>
            <li>
              <NavLink to="/applications/new" end>
                {t("nav.newApplication")}
              </NavLink>
            </li>
            <li>
              <NotificationsLink session={session} />
            </li>
            <li>
              <NavLink to="/investor/profile">{t("nav.profile")}</NavLink>
            </li>
          </>
        )}
        {official && (
          <>
            <li>
              <InboxLink />
            </li>
            {isReception(session) && (
              <li>
                <InvestorsLink />
              </li>
            )}
            <li>
              <NavLink to="/signing">{t("nav.signing")}</NavLink>
            </li>
          </>
        )}
        {auditor && (
          <>
            <li>
              <NavLink to="/audit" end>
                {t("nav.audit")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/audit/chain">{t("nav.chain")}</NavLink>
            </li>
            <li>
              <NavLink to="/audit/statistics">{t("nav.statistics")}</NavLink>
            </li>
          </>
        )}
        {administrator && (
          <li>
            <NavLink to="/admin/certificates">{t("nav.certificates")}</NavLink>
          </li>
        )}
        <li className="main-nav__user">
          <span className="main-nav__name">{session.name ?? session.username}</span>
          <a href="/logout" onClick={() => discardAllUnsaved()}>
            {t("nav.signOut")}
          </a>
        </li>
      </ul>
    </nav>
  );
}

function GuestNav() {
  const { t } = useT();
  return (
    <nav className="main-nav" aria-label={t("header.mainNav")}>
      <ul>
        <li>
          <a href={loginUrl("/dashboard")}>{t("nav.signIn")}</a>
        </li>
        <li>
          <a href={signupUrl("/investor/register")}>{t("nav.signUp")}</a>
        </li>
      </ul>
    </nav>
  );
}

function Header() {
  const { t } = useT();
  const session = useSession();
  return (
    <header className="site-header">
      <div className="site-header__top">
        <div className="container site-header__row">
          <Link to="/" className="site-header__brand">
            <span className="site-header__emblem" aria-hidden="true">
              ★
            </span>
            <span>
              <span className="site-header__authority">{t("site.authority")}</span>
              <span className="site-header__name">{t("site.name")}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
      </div>
      <div className="site-header__nav">
        <div className="container">{session.data?.authenticated ? <AccountNav session={session.data} /> : <GuestNav />}</div>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useT();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.authority")}</p>
        <p>{t("footer.help")}</p>
        <p>{t("footer.accessibility")}</p>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t("header.skip")}
      </a>
      <Header />
      <main id="main-content" className="container main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
