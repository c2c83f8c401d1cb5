import { lazy, Suspense, useMemo } from "react";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { Spin } from "antd";
import { Provider } from "urql";
import { currentSession } from "./auth/index.ts";
import { createClient } from "./client.ts";
import { Shell } from "./Shell.tsx";
import { SignInPage } from "./pages/sign-in/SignInPage.tsx";
import { SignInCallbackPage } from "./pages/sign-in/SignInCallbackPage.tsx";

// One chunk per page: the search page does not carry the others' code.
const HomePage = lazy(() => import("./pages/home/HomePage.tsx"));
const SearchPage = lazy(() => import("./pages/search/SearchPage.tsx"));
const DisputePage = lazy(() => import("./pages/dispute/DisputePage.tsx"));
const PartyPage = lazy(() => import("./pages/party/PartyPage.tsx"));
const PetitionsPage = lazy(() => import("./pages/petitions/PetitionsPage.tsx"));
const PoliceIncidentPage = lazy(() => import("./pages/police-incident/PoliceIncidentPage.tsx"));
const MediationCasePage = lazy(() => import("./pages/mediation-case/MediationCasePage.tsx"));
const SelfServicePage = lazy(() => import("./pages/self-service/SelfServicePage.tsx"));
const CourtReferralPage = lazy(() => import("./pages/court-referral/CourtReferralPage.tsx"));
const JudicialConfirmationPage = lazy(() => import("./pages/judicial-confirmation/JudicialConfirmationPage.tsx"));
const CourtFilingPage = lazy(() => import("./pages/court-filing/CourtFilingPage.tsx"));
const PetitionPage = lazy(() => import("./pages/petition/PetitionPage.tsx"));
const ArbitrationCasePage = lazy(() => import("./pages/arbitration-case/ArbitrationCasePage.tsx"));
const NotarisationPage = lazy(() => import("./pages/notarisation/NotarisationPage.tsx"));

function RequireSession({ children }: { children: React.ReactNode }) {
  const location = useLocation();
  if (!currentSession()) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function App() {
  const navigate = useNavigate();
  const client = useMemo(() => createClient(() => navigate("/sign-in", { replace: true })), [navigate]);
  const page = (element: React.ReactNode) => (
    <RequireSession>
      <Shell>
        <Suspense fallback={<Spin size="large" style={{ display: "block", margin: 64 }} />}>{element}</Suspense>
      </Shell>
    </RequireSession>
  );
  return (
    <Provider value={client}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-in/callback" element={<SignInCallbackPage />} />
        {/* The parties' own page: no agency session, its own client (see SelfServicePage). */}
        <Route path="/self-service" element={<Suspense fallback={<Spin size="large" style={{ display: "block", margin: 64 }} />}><SelfServicePage /></Suspense>} />
        <Route path="/" element={page(<HomePage />)} />
        <Route path="/search" element={page(<SearchPage />)} />
        <Route path="/disputes/:unifiedNumber" element={page(<DisputePage />)} />
        <Route path="/parties" element={page(<PartyPage />)} />
        <Route path="/petitions" element={page(<PetitionsPage />)} />
        <Route path="/police-incidents/:id" element={page(<PoliceIncidentPage />)} />
        <Route path="/mediation-cases/:id" element={page(<MediationCasePage />)} />
        <Route path="/court-referrals/:id" element={page(<CourtReferralPage />)} />
        <Route path="/judicial-confirmations/:id" element={page(<JudicialConfirmationPage />)} />
        <Route path="/court-filings/:id" element={page(<CourtFilingPage />)} />
        <Route path="/petitions/:id" element={page(<PetitionPage />)} />
        <Route path="/arbitration-cases/:id" element={page(<ArbitrationCasePage />)} />
        <Route path="/notarisations/:id" element={page(<NotarisationPage />)} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Provider>
  );
}
