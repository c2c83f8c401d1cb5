/**
 * 群众端 (H5): a party applies for mediation, looks their dispute up, hurries it up and evaluates
 * it, on a phone, without an agency account. Its own urql client sends no token, or the party
 * token a lookup returned; the staff console's session is never used here.
 */
import { useMemo, useState } from "react";
import { Alert, Layout, Segmented, Typography } from "antd";
import { Provider } from "urql";
import { hubClient } from "../../client.ts";
import { ApplyForm } from "./ApplyForm.tsx";
import { LookUpForm } from "./LookUpForm.tsx";
import { currentPartySession, endPartySession, partyHeaders, type PartySession } from "./party-session.ts";
import { ProgressView } from "./ProgressView.tsx";

type Tab = "apply" | "look-up";

export default function SelfServicePage() {
  const [tab, setTab] = useState<Tab>(() => (currentPartySession() ? "look-up" : "apply"));
  const [session, setSession] = useState<PartySession | null>(() => currentPartySession());
  const [notice, setNotice] = useState<string | null>(null);
  const [numberToLookUp, setNumberToLookUp] = useState<string | undefined>();
  const client = useMemo(
    () =>
      hubClient(partyHeaders, () => {
        endPartySession();
        setSession(null);
        setNotice("查询凭证已过期，请重新查询");
      }),
    [],
  );
  return (
    <Provider value={client}>
      <Layout style={{ minHeight: "100vh", background: "#f5f7fa" }}>
        <main style={{ maxWidth: 560, width: "100%", margin: "0 auto", padding: "16px 16px 48px" }}>
          <Typography.Title level={3} style={{ marginTop: 8 }}>矛盾纠纷在线调解</Typography.Title>
          <Typography.Paragraph type="secondary">申请人民调解、查询办理进度、催办和评价。</Typography.Paragraph>
          <Segmented<Tab>
            block
            size="large"
            value={tab}
            onChange={(value) => setTab(value)}
            options={[{ value: "apply", label: "申请调解" }, { value: "look-up", label: "查询进度" }]}
            style={{ marginBottom: 16 }}
          />
          {notice && <Alert type="warning" showIcon title={notice} closable onClose={() => setNotice(null)} style={{ marginBottom: 16 }} />}
          {tab === "apply" && (
            <ApplyForm
              onLookUp={(unifiedNumber) => {
                setNumberToLookUp(unifiedNumber);
                setTab("look-up");
              }}
            />
          )}
          {tab === "look-up" &&
            (session ? (
              <ProgressView
                key={session.token}
                onLeave={() => {
                  endPartySession();
                  setSession(null);
                }}
              />
            ) : (
              <LookUpForm
                unifiedNumber={numberToLookUp}
                onFound={(found) => {
                  setNotice(null);
                  setSession(found);
                }}
              />
            ))}
        </main>
      </Layout>
    </Provider>
  );
}
