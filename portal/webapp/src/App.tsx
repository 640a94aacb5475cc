import { Route, Routes } from "react-router";
import { ErrorBoundary } from "./layout/ErrorBoundary";
import { Layout } from "./layout/Layout";
import { CheckAnswersPage } from "./pages/apply/CheckAnswersPage";
import { DossierPage } from "./pages/apply/DossierPage";
import { ReceiptPage } from "./pages/apply/ReceiptPage";
import { SectionPage } from "./pages/apply/SectionPage";
import { TaskListPage } from "./pages/apply/TaskListPage";
import { CasePage } from "./pages/case/CasePage";
import { LicencePage } from "./pages/case/LicencePage";
import { SupplementPage } from "./pages/case/SupplementPage";
import { WithdrawPage } from "./pages/case/WithdrawPage";
import { DashboardPage } from "./pages/dashboard/DashboardPage";
import { RequireInvestor, RequireVerified } from "./pages/guards";
import { HomePage } from "./pages/HomePage";
import { InvestorStatusPage, ProfileEditPage, ProfilePage, RegistrationPage } from "./pages/investor/InvestorPages";
import { NotFoundPage } from "./pages/NotFoundPage";
import { NotificationsPage } from "./pages/notifications/NotificationsPage";
import { lazy, Suspense, type ReactNode } from "react";
import { Loading } from "./layout/QueryView";
import { RequireAdministrator, RequireAuditor, RequireOfficial, RequireReception } from "./pages/office/WorkGuard";

const investor = (page: ReactNode) => <RequireInvestor>{page}</RequireInvestor>;
const verified = (page: ReactNode) => (
  <RequireInvestor>
    <RequireVerified>{page}</RequireVerified>
  </RequireInvestor>
);

// The officials' and administrators' pages load on first use: investors never download pdf.js
// or the X.509 code.
const InboxPage = lazy(() => import("./pages/office/InboxPage").then((m) => ({ default: m.InboxPage })));
const TaskPage = lazy(() => import("./pages/office/TaskPage").then((m) => ({ default: m.TaskPage })));
const SigningPage = lazy(() => import("./pages/office/SigningPage").then((m) => ({ default: m.SigningPage })));
const InvestorRegisterPage = lazy(() => import("./pages/office/InvestorsPage").then((m) => ({ default: m.InvestorRegisterPage })));
const InvestorReviewPage = lazy(() => import("./pages/office/InvestorsPage").then((m) => ({ default: m.InvestorReviewPage })));
const CertificatesPage = lazy(() => import("./pages/admin/CertificatesPage").then((m) => ({ default: m.CertificatesPage })));

const official = (page: ReactNode) => (
  <RequireOfficial>
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireOfficial>
);
const reception = (page: ReactNode) => official(<RequireReception>{page}</RequireReception>);
const AuditSearchPage = lazy(() => import("./pages/audit/AuditSearchPage").then((m) => ({ default: m.AuditSearchPage })));
const AuditCasePage = lazy(() => import("./pages/audit/AuditCasePage").then((m) => ({ default: m.AuditCasePage })));
const AuditChainPage = lazy(() => import("./pages/audit/AuditChainPage").then((m) => ({ default: m.AuditChainPage })));
const AuditStatisticsPage = lazy(() => import("./pages/audit/AuditStatisticsPage").then((m) => ({ default: m.AuditStatisticsPage })));

const auditor = (page: ReactNode) => (
  <RequireAuditor>
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireAuditor>
);
const administrator = (page: ReactNode) => (
  <RequireAdministrator>
    <Suspense fallback={<Loading />}>{page}</Suspense>
  </RequireAdministrator>
);

/** The portal's routes; /verify/… and /login etc. belong to the server, not to these. */
export function App() {
  return (
    <Layout>
      <ErrorBoundary>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/investor/register" element={investor(<RegistrationPage />)} />
          <Route path="/investor/status" element={investor(<InvestorStatusPage />)} />
          <Route path="/investor/profile" element={investor(<ProfilePage />)} />
          <Route path="/investor/profile/edit" element={investor(<ProfileEditPage />)} />
          <Route path="/dashboard" element={verified(<DashboardPage />)} />
          <Route path="/notifications" element={verified(<NotificationsPage />)} />
          <Route path="/applications/new" element={verified(<TaskListPage />)} />
          <Route path="/applications/new/:section" element={verified(<SectionPage />)} />
          <Route path="/applications/:id" element={verified(<CasePage />)} />
          <Route path="/applications/:id/tasks" element={verified(<TaskListPage />)} />
          <Route path="/applications/:id/tasks/:section" element={verified(<SectionPage />)} />
          <Route path="/applications/:id/check-answers" element={verified(<CheckAnswersPage />)} />
          <Route path="/applications/:id/documents" element={verified(<DossierPage />)} />
          <Route path="/applications/:id/receipt" element={verified(<ReceiptPage />)} />
          <Route path="/applications/:id/supplement" element={verified(<SupplementPage />)} />
          <Route path="/applications/:id/withdraw" element={verified(<WithdrawPage />)} />
          <Route path="/applications/:id/licence" element={verified(<LicencePage />)} />
          <Route path="/inbox" element={official(<InboxPage />)} />
          <Route path="/inbox/tasks/:id" element={official(<TaskPage />)} />
          <Route path="/signing" element={official(<SigningPage />)} />
          <Route path="/investors" element={reception(<InvestorRegisterPage />)} />
          <Route path="/investors/:id" element={reception(<InvestorReviewPage />)} />
          <Route path="/admin/certificates" element={administrator(<CertificatesPage />)} />
          <Route path="/audit" element={auditor(<AuditSearchPage />)} />
          <Route path="/audit/cases/:id" element={auditor(<AuditCasePage />)} />
          <Route path="/audit/chain" element={auditor(<AuditChainPage />)} />
          <Route path="/audit/statistics" element={auditor(<AuditStatisticsPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
