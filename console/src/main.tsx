import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { BrowserRouter } from "react-router-dom";
import "./format.ts";
import { App } from "./App.tsx";

// Government systems must meet GB/T 37668 (WCAG 2.x level AA): antd's default placeholder and
// secondary greys fall short of 4.5:1 contrast on white, so they are darkened here.
const THEME = {
  token: {
    colorPrimary: "#b71c1c",
    colorLink: "#0a4fb5",
    // antd lightens links on hover, below AA contrast on a hovered table row; darken instead.
    colorLinkHover: "#083d8c",
    colorLinkActive: "#062f6b",
    colorInfo: "#0a4fb5",
    colorError: "#c62828",
    colorTextPlaceholder: "#6e6e6e",
    colorTextDescription: "#595959",
    colorTextTertiary: "#595959",
    colorTextQuaternary: "#6e6e6e",
    // People who ask their system for less motion get no animations (dialogs appear at once).
    motion: !window.matchMedia("(prefers-reduced-motion: reduce)").matches,
  },
};

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
