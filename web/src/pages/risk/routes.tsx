/** Pages for risk (wired into App.tsx). */
export function riskRoutes() {
  return <></>;
}
