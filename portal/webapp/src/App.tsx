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
import type { ReactNode } from "react";

const investor = (page: ReactNode) => <RequireInvestor>{page}</RequireInvestor>;
const verified = (page: ReactNode) => (
  <RequireInvestor>
    <RequireVerified>{page}</RequireVerified>
  </RequireInvestor>
);

/** The investor portal's routes; /verify/… and /login etc. belong to the server, not to these. */
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
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
