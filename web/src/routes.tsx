/**
 * The screens and their addresses. Norwegian paths, the user's language aside; a person is
 * addressed by internal id only (never by fødselsnummer).
 */
import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { Loading } from './components/QueryState';
import { LoginPage } from './pages/LoginPage';
import { NotFound } from './pages/NotFound';
import { Layout } from './shell/Layout';

// Every page loads when first opened (its own chunk), so the sign-in page and the frame load
// fast; a new page is best declared the same way: const XPage = page(() => import('./pages/…'), 'XPage').
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
const EmployersPage = page(() => import('./pages/employers/EmployersPage'), 'EmployersPage');
const MemberPage = page(() => import('./pages/members/MemberPage'), 'MemberPage');
const MemberSearchPage = page(() => import('./pages/members/MemberSearchPage'), 'MemberSearchPage');
const KeyFiguresPage = page(() => import('./pages/reports/KeyFiguresPage'), 'KeyFiguresPage');
const UsersPage = page(() => import('./pages/admin/UsersPage'), 'UsersPage');
const UserPage = page(() => import('./pages/admin/UserPage'), 'UserPage');
const RolesPage = page(() => import('./pages/admin/RolesPage'), 'RolesPage');
const EmployerMembersPage = page(
  () => import('./pages/employers/EmployerMembersPage'),
  'EmployerMembersPage',
);
const OpsPage = page(() => import('./pages/ops/OpsPage'), 'OpsPage');
const LettersPage = page(() => import('./pages/letters/LettersPage'), 'LettersPage');
const CasesPage = page(() => import('./pages/cases/CasesPage'), 'CasesPage');
const CasePage = page(() => import('./pages/cases/CasePage'), 'CasePage');
const CaseStatisticsPage = page(() => import('./pages/cases/CaseStatisticsPage'), 'CaseStatisticsPage');
const PaymentsPage = page(() => import('./pages/payments/PaymentsPage'), 'PaymentsPage');
const PersonPaymentsPage = page(() => import('./pages/payments/PersonPaymentsPage'), 'PersonPaymentsPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/logg-inn" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="mine-ansatte"
          element={
            <RequireAuth permission="person:read">
              <EmployerMembersPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/brukere"
          element={
            <RequireAuth permission="user:admin">
              <UsersPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/brukere/:id"
          element={
            <RequireAuth permission="user:admin">
              <UserPage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/roller"
          element={
            <RequireAuth permission="user:admin">
              <RolesPage />
            </RequireAuth>
          }
        />
        <Route
          path="medlemmer"
          element={
            <RequireAuth permission="person:read">
              <MemberSearchPage />
            </RequireAuth>
          }
        />
        <Route
          path="medlemmer/:id"
          element={
            <RequireAuth permission="person:read">
              <MemberPage />
            </RequireAuth>
          }
        />
        <Route
          path="brev"
          element={
            <RequireAuth permission="letter:read">
              <Suspense fallback={<Loading />}>
                <LettersPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="arbeidsgivere"
          element={
            <RequireAuth permission="register:read">
              <EmployersPage />
            </RequireAuth>
          }
        />
        <Route
          path="rapporter/nokkeltall"
          element={
            <RequireAuth permission="report:key-figures">
              <Suspense fallback={<Loading />}>
                <KeyFiguresPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route path="saker">
          <Route
            index
            element={
              <RequireAuth permission="case:read">
                <CasesPage />
              </RequireAuth>
            }
          />
          <Route
            path="statistikk"
            element={
              <RequireAuth permission="case:statistics">
                <Suspense fallback={<Loading />}>
                  <CaseStatisticsPage />
                </Suspense>
              </RequireAuth>
            }
          />
          <Route
            path=":id"
            element={
              <RequireAuth permission="case:read">
                <CasePage />
              </RequireAuth>
            }
          />
        </Route>
        <Route
          path="utbetalinger"
          element={
            <RequireAuth permission="payment:read">
              <PaymentsPage />
            </RequireAuth>
          }
        />
        <Route
          path="utbetalinger/personer/:id"
          element={
            <RequireAuth permission="payment:read">
              <PersonPaymentsPage />
            </RequireAuth>
          }
        />
        <Route
          path="drift"
          element={
            <RequireAuth permission="ops:admin">
              <OpsPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
