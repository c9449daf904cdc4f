import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireRole, RequireSignedIn, SignInStepGuard } from './auth/guards.tsx';
import { SessionProvider } from './auth/SessionContext.tsx';
import { Layout } from './components/Layout.tsx';
import { SessionTimeout } from './components/SessionTimeout.tsx';
import { AccountPage } from './pages/account/AccountPage.tsx';
import { AccountPasswordPage } from './pages/account/AccountPasswordPage.tsx';
import { AccountTwoFactorPage } from './pages/account/AccountTwoFactorPage.tsx';
import { ChooseRolePage } from './pages/account/ChooseRolePage.tsx';
import { SignOutEverywherePage } from './pages/account/SignOutEverywherePage.tsx';
import { AddMembershipPage } from './pages/admin/AddMembershipPage.tsx';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { DeactivateUserPage } from './pages/admin/DeactivateUserPage.tsx';
import { NewOrganisationPage } from './pages/admin/NewOrganisationPage.tsx';
import { NewUserPage } from './pages/admin/NewUserPage.tsx';
import { OrganisationsPage } from './pages/admin/OrganisationsPage.tsx';
import { RemoveMembershipPage } from './pages/admin/RemoveMembershipPage.tsx';
import { ResetPasswordPage } from './pages/admin/ResetPasswordPage.tsx';
import { ResetTwoFactorPage } from './pages/admin/ResetTwoFactorPage.tsx';
import { UserPage } from './pages/admin/UserPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { ChangePasswordStepPage } from './pages/auth/ChangePasswordStepPage.tsx';
import { EnrolTwoFactorStepPage } from './pages/auth/EnrolTwoFactorStepPage.tsx';
import { SignInPage } from './pages/auth/SignInPage.tsx';
import { TwoFactorPage } from './pages/auth/TwoFactorPage.tsx';
import { NotFoundPage } from './pages/errors/NotFoundPage.tsx';
import { HomePage } from './pages/home/HomePage.tsx';
import { caseRoutes } from './pages/cases/routes.tsx';
import { publicRoutes, referralRoutes } from './pages/referrals/routes.tsx';
import { commissioningRoutes } from './pages/commissioning/routes.tsx';
import { loneWorkingRoutes } from './pages/lone-working/routes.tsx';
import { notificationRoutes } from './pages/notifications/routes.tsx';
import { riskRoutes } from './pages/risk/routes.tsx';
import { supportRoutes } from './pages/supervision/routes.tsx';
import { trainingRoutes } from './pages/training/routes.tsx';
import { directoryRoutes } from './pages/directory/routes.tsx';
import { onwardReferralRoutes } from './pages/onward-referrals/routes.tsx';

/** Every page of the Linkwork browser app, by address. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <SessionTimeout />
        <Routes>
          <Route element={<Layout />}>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route
              path="/sign-in/two-factor"
              element={
                <SignInStepGuard step="two-factor">
                  <TwoFactorPage />
                </SignInStepGuard>
              }
            />
            <Route
              path="/sign-in/change-password"
              element={
                <SignInStepGuard step="change-password">
                  <ChangePasswordStepPage />
                </SignInStepGuard>
              }
            />
            <Route
              path="/sign-in/enrol-two-factor"
              element={
                <SignInStepGuard step="enrol-two-factor">
                  <EnrolTwoFactorStepPage />
                </SignInStepGuard>
              }
            />
            {publicRoutes()}
            <Route element={<RequireSignedIn />}>
              <Route path="/" element={<HomePage />} />
              {referralRoutes()}
              {commissioningRoutes()}
              {caseRoutes()}
              {riskRoutes()}
              {loneWorkingRoutes()}
              {supportRoutes()}
              {trainingRoutes()}
              {directoryRoutes()}
              {onwardReferralRoutes()}
              {notificationRoutes()}
              <Route path="/choose-role" element={<ChooseRolePage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="/account/password" element={<AccountPasswordPage />} />
              <Route path="/account/two-factor" element={<AccountTwoFactorPage />} />
              <Route path="/account/sign-out-everywhere" element={<SignOutEverywherePage />} />
              <Route path="/admin" element={<RequireRole role="administrator" />}>
                <Route path="users" element={<UsersPage />} />
                <Route path="users/new" element={<NewUserPage />} />
                <Route path="users/:id" element={<UserPage />} />
                <Route path="users/:id/deactivate" element={<DeactivateUserPage />} />
                <Route path="users/:id/reset-two-factor" element={<ResetTwoFactorPage />} />
                <Route path="users/:id/reset-password" element={<ResetPasswordPage />} />
                <Route path="users/:id/memberships/new" element={<AddMembershipPage />} />
                <Route path="users/:id/memberships/:membershipId/remove" element={<RemoveMembershipPage />} />
                <Route path="organisations" element={<OrganisationsPage />} />
                <Route path="organisations/new" element={<NewOrganisationPage />} />
                <Route path="audit" element={<AuditPage />} />
              </Route>
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
