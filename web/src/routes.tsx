/**
 * The screens and their addresses. Norwegian paths, the user's language aside; a person is
 * addressed by internal id only (never by fødselsnummer).
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { Loading } from './components/QueryState';
import { EmployersPage } from './pages/employers/EmployersPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MemberPage } from './pages/members/MemberPage';
import { MemberSearchPage } from './pages/members/MemberSearchPage';
import { NotFound } from './pages/NotFound';
import { OpsPage } from './pages/ops/OpsPage';
import { Layout } from './shell/Layout';

// The report page carries the chart library; it loads when first opened.
const KeyFiguresPage = lazy(() =>
  import('./pages/reports/KeyFiguresPage').then((m) => ({ default: m.KeyFiguresPage })),
);

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
